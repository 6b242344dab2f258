using System.Globalization;
using LpbCms.Core.Media;

namespace LpbCms.Admin.Services;

/// <summary>Dutch explanations of the media library's refusals and sizes, for editors.</summary>
public static class MediaMessages
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string For(MediaLibraryException exception, IMediaLibrary library, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(library);
        var subject = string.IsNullOrEmpty(name) ? "Het bestand" : $"'{name}'";
        return exception.Error switch
        {
            MediaLibraryError.TypeNotAllowed => $"{subject} is geen toegestaan bestandstype. Toegestaan: {AllowedList(library)}.",
            MediaLibraryError.TooLarge => $"{subject} is te groot (maximaal {Size(library.MaxUploadBytes)}).",
            MediaLibraryError.Empty => $"{subject} is leeg.",
            MediaLibraryError.FolderNotEmpty => "De map is niet leeg. Verwijder eerst de bestanden en mappen erin.",
            MediaLibraryError.AlreadyExists => "Er bestaat al een map of bestand met die naam.",
            MediaLibraryError.NotFound => "Deze map bestaat niet (meer).",
            MediaLibraryError.StorageFull => $"{subject} is niet opgeslagen: de schijf is vol. Vraag de beheerder om ruimte vrij te maken en probeer het daarna opnieuw.",
            _ => $"{subject}: deze naam of dit pad is niet toegestaan.",
        };
    }

    public static string AllowedList(IMediaLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return string.Join(", ", library.AllowedExtensions.Select(e => e.TrimStart('.')));
    }

    /// <summary>A byte count as editors read it: "312 kB", "4,2 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(Dutch) + " bytes",
        < 1024 * 1024 => (bytes / 1024d).ToString("0", Dutch) + " kB",
        _ => (bytes / (1024d * 1024)).ToString("0.#", Dutch) + " MB",
    };
}

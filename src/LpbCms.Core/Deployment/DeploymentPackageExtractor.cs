using System.IO.Compression;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Deployment;

/// <summary>
/// Unpacks a package into a private folder after checking it whole: entry count and declared
/// sizes against <see cref="DeploymentOptions"/>, every entry path inside the folder, the
/// manifest's format version; while copying, the bytes actually inflated are counted too (a zip
/// can lie about sizes). Then every file is offered to the <see cref="IDeploymentFileValidator"/>s.
/// </summary>
public sealed class DeploymentPackageExtractor(IOptions<DeploymentOptions> options, IEnumerable<IDeploymentFileValidator> validators)
{
    /// <exception cref="DeploymentPackageException">The package is refused; the folder may hold part of it and is the caller's to delete.</exception>
    public async Task ExtractAsync(Stream package, string folder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var limits = options.Value;
        ZipArchive archive;
        try
        {
            archive = await ZipArchive.CreateAsync(package, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct);
        }
        catch (InvalidDataException ex)
        {
            throw new DeploymentPackageException(DeploymentRefusal.Invalid, $"The file is not a zip archive: {ex.Message}", ex);
        }

        await using (archive)
        {
            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            var files = Check(archive, root, limits);
            await CheckManifestAsync(archive, ct);
            var budget = limits.MaxUncompressedBytes;
            foreach (var (entry, target) in files)
            {
                budget = await CopyAsync(entry, target, budget, ct);
            }

            foreach (var (entry, target) in files)
            {
                await ValidateAsync(NameOf(entry), target, ct);
            }
        }
    }

    private static List<(ZipArchiveEntry Entry, string Target)> Check(ZipArchive archive, string root, DeploymentOptions limits)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            throw new DeploymentPackageException(DeploymentRefusal.TooLarge, $"The package has {archive.Entries.Count} entries; at most {limits.MaxEntries} are allowed (LpbCms:Backup:MaxEntries).");
        }

        var declared = archive.Entries.Sum(e => e.Length);
        if (declared > limits.MaxUncompressedBytes)
        {
            throw new DeploymentPackageException(DeploymentRefusal.TooLarge, $"The package unpacks to {declared} bytes; at most {limits.MaxUncompressedBytes} are allowed (LpbCms:Backup:MaxUncompressedBytes).");
        }

        var files = new List<(ZipArchiveEntry, string)>();
        foreach (var entry in archive.Entries)
        {
            var name = NameOf(entry);
            var target = Path.GetFullPath(Path.Combine(root, name));
            if (name.Length == 0 || name.Contains('\0', StringComparison.Ordinal) || Path.IsPathRooted(name) || name.Split('/').Contains("..")
                || !target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new DeploymentPackageException(DeploymentRefusal.UnsafePath, $"The entry '{entry.FullName}' points outside the package folder; the package is refused.");
            }

            if (!name.EndsWith('/'))
            {
                files.Add((entry, target));
            }
        }

        if (!files.Any(f => NameOf(f.Item1) == DeploymentPackage.RecipeEntry))
        {
            throw new DeploymentPackageException(DeploymentRefusal.Invalid, $"The package has no {DeploymentPackage.RecipeEntry}.");
        }

        return files;
    }

    private static async Task CheckManifestAsync(ZipArchive archive, CancellationToken ct)
    {
        var manifest = archive.Entries.FirstOrDefault(e => NameOf(e) == DeploymentPackage.ManifestEntry)
            ?? throw new DeploymentPackageException(DeploymentRefusal.UnknownFormat, $"The package has no {DeploymentPackage.ManifestEntry}, so its format version is unknown.");
        await using var stream = await manifest.OpenAsync(ct);
        await DeploymentManifest.CheckAsync(new LimitedReadStream(stream, 64 * 1024), ct);
    }

    /// <returns>The bytes left of the total budget.</returns>
    private static async Task<long> CopyAsync(ZipArchiveEntry entry, string target, long budget, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var source = await entry.OpenAsync(ct);
        await using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        var limited = new LimitedReadStream(source, Math.Min(budget, entry.Length));
        try
        {
            await limited.CopyToAsync(file, ct);
        }
        catch (InvalidDataException ex)
        {
            throw new DeploymentPackageException(DeploymentRefusal.TooLarge, $"The entry '{entry.FullName}' is damaged or larger than it says: {ex.Message}", ex);
        }

        return budget - limited.BytesRead;
    }

    private async Task ValidateAsync(string name, string target, CancellationToken ct)
    {
        foreach (var validator in validators)
        {
            if (await validator.ValidateAsync(name, target, ct) is { } error)
            {
                throw new DeploymentPackageException(DeploymentRefusal.ContentMismatch, error);
            }
        }
    }

    private static string NameOf(ZipArchiveEntry entry) => entry.FullName.Replace('\\', '/');
}

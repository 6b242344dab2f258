using LpbCms.Admin.Services;
using LpbCms.Core.Recipes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Recipes;

/// <summary>Uploads an Orchard recipe (.recipe.json) and runs it, all or nothing. Requires ManageRecipes (see <see cref="AdminStartup"/>).</summary>
[RequestFormLimits(MultipartBodyLengthLimit = RecipeUploadRunner.MaxBytes)]
[RequestSizeLimit(RecipeUploadRunner.MaxBytes + (1024 * 1024))]
public sealed class IndexModel(RecipeUploadRunner runner) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public RecipeResult? Result { get; private set; }

    public RecipeException? Failure { get; private set; }

    public string? Error { get; private set; }

    public string? FileName { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = "Kies een receptbestand (.recipe.json) om te uploaden.";
            return Page();
        }

        FileName = Path.GetFileName(Upload.FileName);
        if (!FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            Error = "Dit is geen recept: een receptbestand eindigt op .recipe.json.";
            return Page();
        }

        if (Upload.Length > RecipeUploadRunner.MaxBytes)
        {
            Error = $"Het bestand is te groot (maximaal {RecipeUploadRunner.MaxBytes / (1024 * 1024)} MB).";
            return Page();
        }

        try
        {
            await using var stream = Upload.OpenReadStream();
            Result = await runner.RunAsync(User, FileName, stream, ct);
        }
        catch (RecipeException ex)
        {
            Failure = ex;
        }

        return Page();
    }
}

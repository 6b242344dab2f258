using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "content", "Data": [items]}</c>: imports each item as Orchard does (matched on
/// ContentItemVersionId, so a re-run changes nothing). Well-known metadata keys are accepted in any
/// casing (Orchard's own blog recipe writes <c>Displaytext</c>). Failures are located at the item
/// (<c>Data[i]</c>) plus the path the content manager gives. Progress is reported every 100 items.
/// </summary>
public sealed class ContentStep(IContentManager contentManager, IContentDefinitionManager definitions) : IRecipeStepHandler
{
    private const int ProgressInterval = 100;

    public string StepName => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (data, dataPath) = StepJson.Array(context, context.Step, "$", "Data");
        if (data is null)
        {
            throw context.Error(dataPath, "The content step has no 'Data' array of items.");
        }

        for (var i = 0; i < data.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var (json, itemPath) = StepJson.Element(context, data, dataPath, i);
            var item = ToContentItem(context, json, itemPath);
            await EnsureTypeIsDefinedAsync(context, item, itemPath, ct);
            await ImportAsync(context, item, itemPath, ct);

            if ((i + 1) % ProgressInterval == 0 || i + 1 == data.Count)
            {
                context.Execution.Progress?.Report(new RecipeProgress(context.StepIndex, context.StepName, i + 1, data.Count));
            }
        }
    }

    private static ContentItem ToContentItem(RecipeStepContext context, JsonObject json, string itemPath)
    {
        var normalized = new JsonObject();
        foreach (var (key, value) in json)
        {
            var canonical = ContentItemJson.MetadataKeyNames.FirstOrDefault(m => string.Equals(m, key, StringComparison.OrdinalIgnoreCase)) ?? key;
            if (normalized.ContainsKey(canonical))
            {
                throw context.Error(RecipePaths.Property(itemPath, key), $"The item has '{canonical}' twice (keys are compared ignoring case).");
            }

            normalized[canonical] = RecipeJson.ToCaseSensitive(value);
        }

        try
        {
            return ContentItemJson.FromJsonObject(normalized);
        }
        catch (JsonException ex)
        {
            throw context.Error(itemPath, ex.Message, ex);
        }
    }

    private async Task EnsureTypeIsDefinedAsync(RecipeStepContext context, ContentItem item, string itemPath, CancellationToken ct)
    {
        var typePath = RecipePaths.Property(itemPath, nameof(ContentItem.ContentType));
        if (string.IsNullOrWhiteSpace(item.ContentType))
        {
            throw context.Error(typePath, "The item has no ContentType.");
        }

        if (await definitions.GetTypeDefinitionAsync(item.ContentType, ct) is null)
        {
            throw context.Error(typePath, $"The content type '{item.ContentType}' is not defined; define it in a ContentDefinition step before the content step.");
        }
    }

    private async Task ImportAsync(RecipeStepContext context, ContentItem item, string itemPath, CancellationToken ct)
    {
        try
        {
            await contentManager.ImportAsync(item, ct);
        }
        catch (ContentValidationException ex)
        {
            var first = ex.Errors.Count > 0 ? ex.Errors[0] : null;
            throw context.Error(RecipePaths.Combine(itemPath, first?.Path ?? ""), $"The {item.ContentType} item '{item.DisplayText ?? item.ContentItemId}' is not valid: {ex.Message}", ex);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (RecipeException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw context.Error(itemPath, $"The {item.ContentType} item '{item.DisplayText ?? item.ContentItemId}' cannot be imported: {ex.Message}", ex);
        }
    }
}

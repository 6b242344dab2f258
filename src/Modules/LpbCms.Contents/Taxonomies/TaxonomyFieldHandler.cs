using System.Text.Json.Nodes;
using LpbCms.Contents.Fields;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Taxonomies;

/// <summary>
/// TaxonomyField: on save, <c>TaxonomyContentItemId</c> is set from the field's settings (as Orchard's
/// driver does, so a value cannot claim another taxonomy); on validation, the chosen
/// <c>TermContentItemIds</c> must be terms of that taxonomy, with <c>Required</c>, <c>Unique</c> and
/// <c>LeavesOnly</c> from the settings. The taxonomy is read through the store, which sees items a
/// recipe imported earlier in the same run. Values of the wrong JSON kind are left to the shape check.
/// </summary>
public sealed class TaxonomyFieldHandler(ContentFieldLocator locator, IContentItemLoader loader) : IContentHandler
{
    public const string TaxonomyProperty = "TaxonomyContentItemId";
    public const string TermsProperty = "TermContentItemIds";

    public async Task UpdatingAsync(ContentContext context, CancellationToken ct)
    {
        foreach (var (field, value) in await FieldsAsync(context, ct))
        {
            if (DefinitionSettingsReader.Get<TaxonomyFieldSettings>(field.Definition.Settings).TaxonomyContentItemId is { Length: > 0 } taxonomyId)
            {
                value[TaxonomyProperty] = taxonomyId;
            }
        }
    }

    public async Task ValidatingAsync(ValidateContentContext context, CancellationToken ct)
    {
        foreach (var (field, value) in await FieldsAsync(context, ct))
        {
            if (TermIds(value) is { } ids)
            {
                await ValidateAsync(new FieldValidationContext(field, value, context), ids, ct);
            }
        }
    }

    private async Task ValidateAsync(FieldValidationContext context, List<string> ids, CancellationToken ct)
    {
        var settings = DefinitionSettingsReader.Get<TaxonomyFieldSettings>(context.Settings);
        if (settings.Required && ids.Count == 0)
        {
            context.Fail(TermsProperty, "Kies ten minste één term.");
        }

        if (settings.Unique && ids.Count > 1)
        {
            context.Fail(TermsProperty, $"Dit veld staat één term toe, maar kreeg er {ids.Count}.");
        }

        if (ids.Count == 0)
        {
            return;
        }

        var taxonomyId = settings.TaxonomyContentItemId ?? TaxonomyTerms.Text(context.Value[TaxonomyProperty]);
        if (taxonomyId is null)
        {
            context.Fail(TaxonomyProperty, "Dit veld heeft geen taxonomie: stel TaxonomyContentItemId in bij de instellingen van het veld.");
            return;
        }

        if (await loader.GetLatestAsync(taxonomyId, ct) is not { } taxonomy)
        {
            context.Fail(TaxonomyProperty, $"De taxonomie '{taxonomyId}' van dit veld bestaat niet.");
            return;
        }

        var terms = TaxonomyTerms.Read(taxonomy).ToDictionary(t => t.ContentItemId, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!terms.TryGetValue(ids[i], out var term))
            {
                context.Fail($"{TermsProperty}[{i}]", $"'{ids[i]}' is geen term van de taxonomie '{taxonomy.DisplayText ?? taxonomyId}'.");
            }
            else if (settings.LeavesOnly && term.HasChildren)
            {
                context.Fail($"{TermsProperty}[{i}]", $"Kies alleen termen zonder onderliggende termen; '{term.Title}' heeft die wel.");
            }
        }
    }

    /// <summary>The item's TaxonomyFields whose JSON is an object.</summary>
    private async Task<IEnumerable<(ContentFieldInstance Field, JsonObject Value)>> FieldsAsync(ContentContext context, CancellationToken ct)
    {
        if (context.TypeDefinition is null)
        {
            return [];
        }

        var fields = await locator.FindAsync(context.ContentItem, context.TypeDefinition, ct);
        return fields
            .Where(f => f.Definition.FieldName == TaxonomiesRegistration.FieldName && f.Value is JsonObject)
            .Select(f => (f, (JsonObject)f.Value!));
    }

    /// <summary>The term ids when they are an array of strings (absent: none); null when malformed.</summary>
    private static List<string>? TermIds(JsonObject value) => value[TermsProperty] switch
    {
        null => [],
        JsonArray array when array.All(JsonKinds.IsString) => [.. array.Select(v => v!.GetValue<string>()).Where(v => v.Length > 0)],
        _ => null,
    };
}

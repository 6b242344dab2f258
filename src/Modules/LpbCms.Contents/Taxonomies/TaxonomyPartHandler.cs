using System.Text.Json.Nodes;
using LpbCms.Contents.Fields;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Contents.Taxonomies;

/// <summary>
/// TaxonomyPart: its terms are content items kept inside the taxonomy. On save each term gets what
/// Orchard gives it (its <c>ContentType</c> from <c>TermContentType</c>, its <c>DisplayText</c> from its
/// title, <c>TermPart.TaxonomyContentItemId</c>); on validation every term must be an object with an
/// id of its own, unique in the taxonomy, since fields store terms by id.
/// </summary>
public sealed class TaxonomyPartHandler : IContentHandler
{
    public Task UpdatingAsync(ContentContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ContentItem.Content[TaxonomyTerms.PartName] is not JsonObject part)
        {
            return Task.CompletedTask;
        }

        var termType = TaxonomyTerms.Text(part[TaxonomyTerms.TermContentTypeProperty]);
        foreach (var (node, _, _) in TaxonomyTerms.Walk(part[TaxonomyTerms.TermsProperty] as JsonArray, TaxonomyTerms.PartName))
        {
            if (node is not JsonObject term)
            {
                continue;
            }

            if (TaxonomyTerms.Text(term["ContentType"]) is null && termType is not null)
            {
                term["ContentType"] = termType;
            }

            if (TaxonomyTerms.Text(term["DisplayText"]) is null && TaxonomyTerms.Text(term["TitlePart"]?["Title"]) is { } title)
            {
                term["DisplayText"] = title;
            }

            term["TermPart"] = new JsonObject { ["TaxonomyContentItemId"] = context.ContentItem.ContentItemId };
        }

        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ValidateContentContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ContentItem.Content[TaxonomyTerms.PartName] is not JsonObject part)
        {
            return Task.CompletedTask;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var root = $"{TaxonomyTerms.PartName}.{TaxonomyTerms.TermsProperty}";
        foreach (var (node, path, _) in TaxonomyTerms.Walk(part[TaxonomyTerms.TermsProperty] as JsonArray, root))
        {
            if (node is not JsonObject term)
            {
                context.Fail(path, $"Een term moet een JSON-object zijn, maar kreeg {JsonKinds.Describe(node)}.");
            }
            else if (TaxonomyTerms.Text(term["ContentItemId"]) is not { } id)
            {
                context.Fail($"{path}.ContentItemId", "Een term heeft een eigen ContentItemId nodig.");
            }
            else if (!seen.Add(id))
            {
                context.Fail($"{path}.ContentItemId", $"De term-id '{id}' komt meer dan eens voor in deze taxonomie.");
            }
            else if (term[TaxonomyTerms.TermsProperty] is { } children && children is not JsonArray)
            {
                context.Fail($"{path}.{TaxonomyTerms.TermsProperty}", $"Verwacht een lijst met termen, maar kreeg {JsonKinds.Describe(children)}.");
            }
        }

        return Task.CompletedTask;
    }
}

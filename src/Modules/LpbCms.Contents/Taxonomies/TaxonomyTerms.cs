using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Contents.Taxonomies;

/// <summary>
/// Reads the term tree of a taxonomy item as Orchard stores it: <c>TaxonomyPart.Terms</c> is an array
/// of content items, and a term's child terms are in its own <c>Terms</c> array.
/// </summary>
public static class TaxonomyTerms
{
    public const string PartName = "TaxonomyPart";
    public const string TermsProperty = "Terms";
    public const string TermContentTypeProperty = "TermContentType";

    /// <summary>Every term of the taxonomy, depth first in stored order; terms without an id are left out.</summary>
    public static IReadOnlyList<TaxonomyTerm> Read(ContentItem taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var terms = new List<TaxonomyTerm>();
        foreach (var (node, _, depth) in Walk(taxonomy.Content[PartName]?[TermsProperty] as JsonArray, PartName + "." + TermsProperty))
        {
            if (node is JsonObject term && Text(term["ContentItemId"]) is { Length: > 0 } id)
            {
                var title = Text(term["DisplayText"]) ?? Text(term["TitlePart"]?["Title"]) ?? id;
                var children = term[TermsProperty] is JsonArray { Count: > 0 };
                terms.Add(new TaxonomyTerm(id, title, Text(term["AutoroutePart"]?["Path"]), depth, children));
            }
        }

        return terms;
    }

    /// <summary>
    /// Every node of a term array and of its terms' child arrays, with its JSON path for error messages
    /// (<c>TaxonomyPart.Terms[0].Terms[1]</c>) and its depth.
    /// </summary>
    public static IEnumerable<(JsonNode? Node, string Path, int Depth)> Walk(JsonArray? terms, string path, int depth = 0)
    {
        if (terms is null)
        {
            yield break;
        }

        for (var i = 0; i < terms.Count; i++)
        {
            var termPath = $"{path}[{i}]";
            yield return (terms[i], termPath, depth);
            if (terms[i] is JsonObject term && term[TermsProperty] is JsonArray children)
            {
                foreach (var child in Walk(children, $"{termPath}.{TermsProperty}", depth + 1))
                {
                    yield return child;
                }
            }
        }
    }

    /// <summary>A JSON string that is not blank, else null.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;
}

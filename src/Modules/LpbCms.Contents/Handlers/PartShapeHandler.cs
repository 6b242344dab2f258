using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Contents.Fields;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Contents.Handlers;

/// <summary>
/// Checks the JSON kinds of the catalogue parts' own properties (<c>TitlePart.Title</c> is a string,
/// <c>ContainedPart.Order</c> a number, ...), wherever the part appears in the item. The part
/// handlers then only deal with well-formed values; parts the catalogue does not know are not looked at.
/// </summary>
public sealed class PartShapeHandler(IContentCatalog catalog) : IContentHandler
{
    public Task ValidatingAsync(ValidateContentContext context, CancellationToken ct)
    {
        foreach (var (instanceName, part) in PartsOf(context))
        {
            if (context.ContentItem.Content[instanceName] is not JsonObject json)
            {
                continue;
            }

            foreach (var property in part.Properties)
            {
                var node = json[property.Name];
                if (!JsonKinds.IsNull(node) && Expected(property.Kind, node!.GetValueKind()) is { } expected)
                {
                    context.Fail($"{instanceName}.{property.Name}", $"Verwacht {expected}, maar kreeg {JsonKinds.Describe(node)}.");
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>What was expected when <paramref name="actual"/> does not fit <paramref name="kind"/>; null when it fits.</summary>
    private static string? Expected(ContentValueKind kind, JsonValueKind actual) => kind switch
    {
        ContentValueKind.Boolean => actual is JsonValueKind.True or JsonValueKind.False ? null : "true of false",
        ContentValueKind.Number or ContentValueKind.WholeNumber => actual == JsonValueKind.Number ? null : "een getal",
        ContentValueKind.TextList => actual == JsonValueKind.Array ? null : "een lijst met teksten",
        ContentValueKind.ItemList => actual == JsonValueKind.Array ? null : "een lijst met items",
        _ => actual == JsonValueKind.String ? null : "tekst",
    };

    /// <summary>Part instances by the type definition, plus catalogue parts Orchard attaches without one (ContainedPart) or that an undefined type carries.</summary>
    private IEnumerable<(string InstanceName, ContentPartDescriptor Part)> PartsOf(ValidateContentContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var typePart in context.TypeDefinition?.ContentTypePartDefinitionRecords ?? [])
        {
            seen.Add(typePart.Name);
            if (catalog.FindPart(typePart.PartName) is { } described)
            {
                yield return (typePart.Name, described);
            }
        }

        foreach (var part in catalog.Parts)
        {
            if (part.Properties.Count > 0 && !seen.Contains(part.Name) && context.ContentItem.Content.ContainsKey(part.Name))
            {
                yield return (part.Name, part);
            }
        }
    }
}

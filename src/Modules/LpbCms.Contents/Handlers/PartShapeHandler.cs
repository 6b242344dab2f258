using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Contents.Fields;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Contents.Handlers;

/// <summary>
/// Checks the JSON types of the standard parts' own properties (<c>TitlePart.Title</c> is a string,
/// <c>ContainedPart.Order</c> a number, ...), wherever the part appears in the item. The part
/// handlers then only deal with well-formed values; unknown parts are not looked at.
/// </summary>
public sealed class PartShapeHandler : IContentHandler
{
    private static readonly Dictionary<string, string[]> StringProperties = new(StringComparer.Ordinal)
    {
        ["TitlePart"] = ["Title"],
        ["AutoroutePart"] = ["Path"],
        ["HtmlBodyPart"] = ["Html"],
        ["MarkdownBodyPart"] = ["Markdown"],
        ["AliasPart"] = ["Alias"],
        ["ContainedPart"] = ["ListContentItemId", "ListContentType"],
    };

    private static readonly Dictionary<string, string[]> BooleanProperties = new(StringComparer.Ordinal)
    {
        ["AutoroutePart"] = ["SetHomepage", "Disabled", "RouteContainedItems", "Absolute"],
    };

    private static readonly Dictionary<string, string[]> NumberProperties = new(StringComparer.Ordinal)
    {
        ["ContainedPart"] = ["Order"],
    };

    public Task ValidatingAsync(ValidateContentContext context, CancellationToken ct)
    {
        foreach (var (instanceName, partName) in PartsOf(context))
        {
            if (context.ContentItem.Content[instanceName] is not JsonObject part)
            {
                continue;
            }

            Check(context, instanceName, part, StringProperties.GetValueOrDefault(partName), kind => kind == JsonValueKind.String, "tekst");
            Check(context, instanceName, part, BooleanProperties.GetValueOrDefault(partName), kind => kind is JsonValueKind.True or JsonValueKind.False, "true of false");
            Check(context, instanceName, part, NumberProperties.GetValueOrDefault(partName), kind => kind == JsonValueKind.Number, "een getal");
        }

        return Task.CompletedTask;
    }

    /// <summary>Part instances by the type definition, plus parts Orchard attaches without one (ContainedPart) or that an undefined type carries.</summary>
    private static IEnumerable<(string InstanceName, string PartName)> PartsOf(ValidateContentContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var typePart in context.TypeDefinition?.ContentTypePartDefinitionRecords ?? [])
        {
            seen.Add(typePart.Name);
            yield return (typePart.Name, typePart.PartName);
        }

        foreach (var partName in StringProperties.Keys)
        {
            if (!seen.Contains(partName) && context.ContentItem.Content.ContainsKey(partName))
            {
                yield return (partName, partName);
            }
        }
    }

    private static void Check(ValidateContentContext context, string instanceName, JsonObject part, string[]? properties, Func<JsonValueKind, bool> isValid, string expected)
    {
        foreach (var property in properties ?? [])
        {
            var node = part[property];
            if (!JsonKinds.IsNull(node) && !isValid(node!.GetValueKind()))
            {
                context.Fail($"{instanceName}.{property}", $"Verwacht {expected}, maar kreeg {JsonKinds.Describe(node)}.");
            }
        }
    }
}

namespace LpbCms.Api.GraphQL;

/// <summary>Orchard's GraphQL naming: camelCase, and parts named without their "Part" suffix.</summary>
public static class GraphQLNames
{
    public static string Camel(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary><c>HtmlBodyPart</c> → <c>htmlBody</c>; a named part instance keeps its name, camelCased.</summary>
    public static string PartField(string partInstanceName) =>
        Camel(partInstanceName.EndsWith("Part", StringComparison.Ordinal) && partInstanceName.Length > 4 ? partInstanceName[..^4] : partInstanceName);
}

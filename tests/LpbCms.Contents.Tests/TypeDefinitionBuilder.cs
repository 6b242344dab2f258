using System.Text.Json;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Tests;

/// <summary>Type definitions for tests, written in Orchard's recipe format.</summary>
internal static class TypeDefinitionBuilder
{
    public static ContentTypeDefinition FromJson(string json) =>
        JsonSerializer.Deserialize<ContentTypeDefinition>(json) ?? throw new JsonException("Not a type definition.");

    /// <summary>A type with one part of the given name and that part's settings (e.g. <c>{"TitlePartSettings": {...}}</c>).</summary>
    public static ContentTypeDefinition WithPart(string typeName, string partName, string settingsJson = "{}") =>
        FromJson($$"""
            { "Name": "{{typeName}}", "ContentTypePartDefinitionRecords": [
                { "PartName": "{{partName}}", "Name": "{{partName}}", "Settings": {{settingsJson}} } ] }
            """);
}

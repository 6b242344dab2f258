using System.Text.Json.Nodes;
using LpbCms.Contents.Fields;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Tests.Fields;

/// <summary>Runs a field validator on one value of a field on a Congress item, as the fields handler does.</summary>
internal static class FieldValidatorRunner
{
    public static IReadOnlyList<ContentValidationError> Validate(IContentFieldValidator sut, string fieldType, string fieldName, string valueJson, string settingsJson = "{}")
    {
        var definition = new ContentPartFieldDefinition
        {
            FieldName = fieldType,
            Name = fieldName,
            Settings = JsonNode.Parse(settingsJson)!.AsObject(),
        };
        var value = JsonNode.Parse(valueJson)!.AsObject();
        var content = new ValidateContentContext(ContentItemBuilder.Create("Congress"), typeDefinition: null);
        sut.Validate(new FieldValidationContext(new ContentFieldInstance("Congress", definition, value), value, content));
        return content.Errors;
    }
}

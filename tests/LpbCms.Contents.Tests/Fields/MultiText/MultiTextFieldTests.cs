using System.Text.Json.Nodes;
using LpbCms.Contents.Catalog;
using LpbCms.Contents.Fields.MultiText;
using LpbCms.Core.Contents.Catalog;

namespace LpbCms.Contents.Tests.Fields.MultiText;

public sealed class MultiTextFieldTests
{
    private const string Options = """
        { "MultiTextFieldSettings": { "Required": true, "Options": [
            { "name": "Gemeenten", "value": "gemeenten", "default": false },
            { "name": "Bewoners", "value": "bewoners", "default": true } ] } }
        """;

    [Fact]
    public void Catalogue_DescribesValuesAsAnIndexedTextListWithCheckBoxes()
    {
        var field = ContentsCatalog.CreateStandard().FindField("MultiTextField");

        Assert.NotNull(field);
        Assert.Equal("Meerdere teksten", field.DisplayName);
        Assert.Equal(new ContentPropertyDescriptor("Values", ContentValueKind.TextList), Assert.Single(field.Properties));
        Assert.Equal(EditorKind.TextList, field.EditorFor(null));
        Assert.Equal("Values", field.EditedProperty);
        Assert.Equal("Values", field.IndexedProperty);
        Assert.Equal(FieldIndexKind.Text, field.IndexKind);
        Assert.Equal("Values", field.GraphScalarProperty);
        Assert.Equal(typeof(MultiTextFieldOptionsSource), field.OptionsSourceType);
    }

    [Fact]
    public void Validate_ValuesNotAnArray_IsShapeError()
    {
        var errors = FieldValidatorRunner.Validate(new MultiTextFieldValidator(), "MultiTextField", "Audience", """{ "Values": "x" }""", Options);

        var error = Assert.Single(errors);
        Assert.Equal("Congress.Audience.Values", error.Path);
        Assert.Equal("Verwacht een lijst met teksten, maar kreeg tekst \"x\".", error.Message);
    }

    [Fact]
    public void Validate_ValueNotAmongTheOptions_IsErrorListingThem()
    {
        var errors = FieldValidatorRunner.Validate(new MultiTextFieldValidator(), "MultiTextField", "Audience", """{ "Values": ["bewoners", "kinderen"] }""", Options);

        var error = Assert.Single(errors);
        Assert.Equal("Congress.Audience.Values[1]", error.Path);
        Assert.Equal("\"kinderen\" is geen van de keuzes van dit veld (\"gemeenten\", \"bewoners\").", error.Message);
    }

    [Theory]
    [InlineData("""{ "Values": [] }""")]
    [InlineData("{}")]
    public void Validate_RequiredAndEmpty_IsError(string value)
    {
        var errors = FieldValidatorRunner.Validate(new MultiTextFieldValidator(), "MultiTextField", "Audience", value, Options);

        Assert.Equal(["Kies ten minste één waarde."], errors.Select(e => e.Message));
    }

    [Fact]
    public void Validate_NoOptions_AcceptsAnyTexts()
    {
        var errors = FieldValidatorRunner.Validate(new MultiTextFieldValidator(), "MultiTextField", "Audience", """{ "Values": ["wat", "dan", "ook"] }""");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task OptionsSource_ListsTheOptionsByNameWithTheirValues()
    {
        var settings = JsonNode.Parse(Options)!["MultiTextFieldSettings"]!.AsObject();

        var options = await new MultiTextFieldOptionsSource().GetOptionsAsync(settings, TestContext.Current.CancellationToken);

        Assert.Equal([new ContentFieldOption("gemeenten", "Gemeenten"), new ContentFieldOption("bewoners", "Bewoners")], options);
    }
}

using System.Text.Json.Nodes;
using LpbCms.Contents.Fields;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Tests.Fields;

public sealed class FieldValidatorTests
{
    [Fact]
    public void NumericField_StringValue_IsError()
    {
        var errors = Validate(new NumericFieldValidator(), "NumericField", "Year", """{ "Value": "negentien" }""");

        var error = Assert.Single(errors);
        Assert.Equal("Congress.Year.Value", error.Path);
        Assert.Equal("Verwacht een getal, maar kreeg tekst \"negentien\".", error.Message);
    }

    [Fact]
    public void NumericField_NumericString_IsNormalizedToNumber()
    {
        var sut = new NumericFieldValidator();
        var value = JsonNode.Parse("""{ "Value": "2019" }""")!.AsObject();

        sut.Normalize(value);

        Assert.Equal("""{"Value":2019}""", value.ToJsonString());
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(1800)]
    public void NumericField_NumberSetInCode_IsReadAsTheNumber(int year)
    {
        var definition = new ContentPartFieldDefinition
        {
            FieldName = "NumericField",
            Name = "Year",
            Settings = JsonNode.Parse("""{ "NumericFieldSettings": { "Minimum": 1900 } }""")!.AsObject(),
        };
        var value = new JsonObject { ["Value"] = year };
        var content = new ValidateContentContext(ContentItemBuilder.Create("Congress"), typeDefinition: null);

        new NumericFieldValidator().Validate(new FieldValidationContext(new ContentFieldInstance("Congress", definition, value), value, content));

        Assert.Equal(year < 1900 ? ["De waarde 1800 is kleiner dan het minimum 1900."] : [], content.Errors.Select(e => e.Message));
    }

    [Fact]
    public void NumericField_BelowMinimum_IsError()
    {
        var errors = Validate(new NumericFieldValidator(), "NumericField", "Year", """{ "Value": 1800 }""", """{ "NumericFieldSettings": { "Minimum": 1900, "Maximum": 2100 } }""");

        var error = Assert.Single(errors);
        Assert.Equal("Congress.Year.Value", error.Path);
        Assert.Contains("minimum 1900", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumericField_RequiredAndAbsent_IsError()
    {
        var errors = Validate(new NumericFieldValidator(), "NumericField", "Year", "{}", """{ "NumericFieldSettings": { "Required": "true" } }""");

        Assert.Equal("Congress.Year.Value", Assert.Single(errors).Path);
    }

    [Fact]
    public void TextField_NumberText_IsError()
    {
        var errors = Validate(new TextFieldValidator(), "TextField", "Theme", """{ "Text": 12 }""");

        var error = Assert.Single(errors);
        Assert.Equal("Congress.Theme.Text", error.Path);
        Assert.Equal("Verwacht tekst, maar kreeg het getal 12.", error.Message);
    }

    [Fact]
    public void TextField_RequiredAndEmpty_IsError()
    {
        var errors = Validate(new TextFieldValidator(), "TextField", "Theme", """{ "Text": " " }""", """{ "TextFieldSettings": { "Required": true } }""");

        Assert.Equal("Dit veld is verplicht.", Assert.Single(errors).Message);
    }

    [Fact]
    public void TextField_String_IsValid()
    {
        var errors = Validate(new TextFieldValidator(), "TextField", "Theme", """{ "Text": "Samen sterk" }""", """{ "TextFieldSettings": { "Required": true } }""");

        Assert.Empty(errors);
    }

    [Fact]
    public void BooleanField_Number_IsError()
    {
        var errors = Validate(new BooleanFieldValidator(), "BooleanField", "Active", """{ "Value": 1 }""");

        Assert.Equal("Congress.Active.Value", Assert.Single(errors).Path);
    }

    [Theory]
    [InlineData("DateField", TemporalKind.Date, "\"2019-07-09\"", true)]
    [InlineData("DateField", TemporalKind.Date, "\"2019-07-09T00:00:00Z\"", true)]
    [InlineData("DateField", TemporalKind.Date, "\"9 juli 2019\"", false)]
    [InlineData("DateField", TemporalKind.Date, "20190709", false)]
    [InlineData("DateTimeField", TemporalKind.DateTime, "\"2019-07-09T10:00:00Z\"", true)]
    [InlineData("TimeField", TemporalKind.Time, "\"10:30:00\"", true)]
    [InlineData("TimeField", TemporalKind.Time, "\"25:00\"", false)]
    public void TemporalField_Value_IsCheckedAsIso8601(string fieldType, TemporalKind kind, string valueJson, bool valid)
    {
        var errors = Validate(new TemporalFieldValidator(fieldType, kind), fieldType, "Start", $$"""{ "Value": {{valueJson}} }""");

        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    public void ContentPickerField_IdsNotStrings_IsErrorAtElement()
    {
        var errors = Validate(new ContentPickerFieldValidator(), "ContentPickerField", "Article", """{ "ContentItemIds": ["abc", 5] }""", """{ "ContentPickerFieldSettings": { "Multiple": true } }""");

        var error = Assert.Single(errors);
        Assert.Equal("Congress.Article.ContentItemIds[1]", error.Path);
    }

    [Fact]
    public void ContentPickerField_IdsNotArray_IsError()
    {
        var errors = Validate(new ContentPickerFieldValidator(), "ContentPickerField", "Article", """{ "ContentItemIds": "abc" }""");

        var error = Assert.Single(errors);
        Assert.Equal("Congress.Article.ContentItemIds", error.Path);
        Assert.Equal("Verwacht een lijst met teksten, maar kreeg tekst \"abc\".", error.Message);
    }

    [Fact]
    public void ContentPickerField_TwoIdsWhenSingle_IsError()
    {
        var errors = Validate(new ContentPickerFieldValidator(), "ContentPickerField", "Article", """{ "ContentItemIds": ["a", "b"] }""");

        Assert.Contains("één item", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentPickerField_RequiredAndEmpty_IsError()
    {
        var errors = Validate(new ContentPickerFieldValidator(), "ContentPickerField", "Article", """{ "ContentItemIds": [] }""", """{ "ContentPickerFieldSettings": { "Required": true } }""");

        Assert.Single(errors);
    }

    [Fact]
    public void MediaField_PathsWithNumber_IsError()
    {
        var sut = new ShapeFieldValidator(LpbCms.Contents.Catalog.ContentsCatalog.CreateStandard().FindField("MediaField")!);

        var errors = Validate(sut, "MediaField", "Image", """{ "Paths": ["a.jpg", 3], "MediaTexts": [""], "Anchors": [{ "X": 0.5 }] }""");

        Assert.Equal("Congress.Image.Paths[1]", Assert.Single(errors).Path);
    }

    [Fact]
    public void LinkField_Strings_AreValid()
    {
        var sut = new ShapeFieldValidator(LpbCms.Contents.Catalog.ContentsCatalog.CreateStandard().FindField("LinkField")!);

        var errors = Validate(sut, "LinkField", "Source", """{ "Url": "https://lpb.nl", "Text": "Bron", "Target": null }""");

        Assert.Empty(errors);
    }

    private static IReadOnlyList<ContentValidationError> Validate(IContentFieldValidator sut, string fieldType, string fieldName, string valueJson, string settingsJson = "{}") =>
        FieldValidatorRunner.Validate(sut, fieldType, fieldName, valueJson, settingsJson);
}

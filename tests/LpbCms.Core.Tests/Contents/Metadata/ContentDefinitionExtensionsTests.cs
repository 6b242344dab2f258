using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Tests.Contents.Metadata;

public sealed class ContentDefinitionExtensionsTests
{
    private readonly ContentDefinitionDocument _document = ContentDefinitionJson.Deserialize(ContentDefinitionJsonTests.OrchardDocument);

    [Fact]
    public void GetTypeSettings_OrchardSettings_ReadsEveryFlag()
    {
        var sut = _document.FindType("Gift")!;

        var settings = sut.GetTypeSettings();

        Assert.Equal(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = true, Securable = true }, settings);
    }

    [Fact]
    public void GetTypeSettings_NoSettings_AllFalse()
    {
        var sut = new ContentTypeDefinition { Name = "Page" };

        Assert.Equal(new ContentTypeSettings(), sut.GetTypeSettings());
    }

    [Fact]
    public void GetPartSettings_AutoroutePart_ReadsSettingsByClassName()
    {
        var sut = _document.FindType("Gift")!;

        var settings = sut.GetPartSettings<AutoroutePartSettings>("AutoroutePart");

        Assert.True(settings.AllowCustomPath);
        Assert.Equal("cadeaus/{{ ContentItem | display_text | slugify }}", settings.Pattern);
    }

    [Fact]
    public void GetPartSettings_PartNotOnType_ReturnsDefaults()
    {
        var sut = _document.FindType("Gift")!;

        var settings = sut.GetPartSettings<AutoroutePartSettings>("ListPart");

        Assert.Equal(new AutoroutePartSettings(), settings);
    }

    [Fact]
    public void GetSettingsNode_ContentTypePartSettings_ReturnsTheObject()
    {
        var sut = _document.FindType("Gift")!.FindPart("Gift")!;

        Assert.Equal("2", sut.GetSettingsNode("ContentTypePartSettings")!["Position"]!.GetValue<string>());
    }

    [Fact]
    public void GetFields_TypeWithImplicitPart_ListsFieldsOfThePartNamedAfterTheType()
    {
        var type = _document.FindType("Gift")!;

        var sut = _document.GetFields(type);

        Assert.Equal(
            [("Gift", "Organisation", "TextField"), ("Gift", "Article", "ContentPickerField")],
            sut.Select(f => (f.PartInstanceName, f.Name, f.FieldType)));
    }

    [Fact]
    public void GetFields_NamedPartInstance_UsesInstanceNameAndPartDefinition()
    {
        var type = new ContentTypeDefinition { Name = "Congress" };
        type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = "Gift", Name = "Extra" });

        var sut = _document.GetFields(type);

        Assert.All(sut, f => Assert.Equal(("Extra", "Gift"), (f.PartInstanceName, f.PartName)));
        Assert.Equal(2, sut.Count);
    }

    [Fact]
    public void FindType_OtherCase_ReturnsNull()
    {
        Assert.Null(_document.FindType("gift"));
    }

    [Fact]
    public void GetFieldSettings_TextFieldSettings_ReadsHintAndRequired()
    {
        var field = _document.FindPartDefinition("Gift")!.ContentPartFieldDefinitionRecords[0];

        var sut = field.GetSettings<TextFieldSettings>();

        Assert.Equal(new TextFieldSettings { Hint = "Wie gaf het cadeau", Required = true }, sut);
    }

    public sealed record AutoroutePartSettings
    {
        public bool AllowCustomPath { get; init; }

        public string? Pattern { get; init; }
    }

    public sealed record TextFieldSettings
    {
        public string? Hint { get; init; }

        public bool Required { get; init; }
    }
}

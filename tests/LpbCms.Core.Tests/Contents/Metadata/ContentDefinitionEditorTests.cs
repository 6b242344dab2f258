using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Tests.Contents.Metadata;

public sealed class ContentDefinitionEditorTests
{
    private const string PartPositions = "ContentTypePartSettings";
    private const string FieldPositions = "ContentPartFieldSettings";

    [Fact]
    public void CreateType_NewName_OrchardAdminDefaultsWithTitlePart()
    {
        var document = new ContentDefinitionDocument();

        var sut = ContentDefinitionEditor.CreateType(document, "Nieuwsbericht", "Nieuws", ["TitlePart"]);

        Assert.Same(sut, document.FindType("Nieuwsbericht"));
        Assert.Equal(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = true, Securable = true }, sut.GetTypeSettings());
        Assert.Equal(["TitlePart:0"], Positions(sut));
    }

    [Fact]
    public void CreateType_NameInOtherCase_RefusedNamingIt()
    {
        var document = Gift();

        var error = Assert.Throws<ContentTypeEditException>(() => ContentDefinitionEditor.CreateType(document, "gift", "Cadeau", ["TitlePart"]));

        Assert.Equal("Er bestaat al een inhoudstype met de naam 'gift'.", error.Message);
    }

    [Fact]
    public void RequireType_Unknown_RefusedNamingIt()
    {
        var error = Assert.Throws<ContentTypeEditException>(() => ContentDefinitionEditor.RequireType(Gift(), "Congres"));

        Assert.Equal("Het inhoudstype 'Congres' bestaat niet.", error.Message);
    }

    [Fact]
    public void AddPart_NewPart_AddedLastAndPositionsRenumbered()
    {
        var type = Gift().FindType("Gift")!;

        ContentDefinitionEditor.AddPart(type, "HtmlBodyPart");

        Assert.Equal(["TitlePart:0", "AutoroutePart:1", "Gift:2", "HtmlBodyPart:3"], Positions(type));
    }

    [Fact]
    public void AddPart_AlreadyOnType_RefusedNamingIt()
    {
        var type = Gift().FindType("Gift")!;

        var error = Assert.Throws<ContentTypeEditException>(() => ContentDefinitionEditor.AddPart(type, "TitlePart"));

        Assert.Equal("Het type heeft het onderdeel 'TitlePart' al.", error.Message);
    }

    [Fact]
    public void RemovePart_MiddlePart_RestRenumbered()
    {
        var type = Gift().FindType("Gift")!;

        ContentDefinitionEditor.RemovePart(type, "AutoroutePart");

        Assert.Equal(["TitlePart:0", "Gift:1"], Positions(type));
    }

    [Fact]
    public void RemovePart_NotOnType_RefusedNamingIt()
    {
        var type = Gift().FindType("Gift")!;

        var error = Assert.Throws<ContentTypeEditException>(() => ContentDefinitionEditor.RemovePart(type, "ListPart"));

        Assert.Equal("Het type heeft geen onderdeel 'ListPart'.", error.Message);
    }

    [Theory]
    [InlineData("Gift", -1, "TitlePart:0", "Gift:1", "AutoroutePart:2")]
    [InlineData("TitlePart", 1, "AutoroutePart:0", "TitlePart:1", "Gift:2")]
    [InlineData("TitlePart", -5, "TitlePart:0", "AutoroutePart:1", "Gift:2")]
    [InlineData("TitlePart", 9, "AutoroutePart:0", "Gift:1", "TitlePart:2")]
    public void MovePart_ByOffset_MovedAndStoppedAtTheEnds(string part, int offset, string first, string second, string third)
    {
        var type = Gift().FindType("Gift")!;

        ContentDefinitionEditor.MovePart(type, part, offset);

        Assert.Equal([first, second, third], Positions(type));
    }

    [Fact]
    public void MovePart_NotOnType_RefusedNamingIt()
    {
        var type = Gift().FindType("Gift")!;

        var error = Assert.Throws<ContentTypeEditException>(() => ContentDefinitionEditor.MovePart(type, "ListPart", 1));

        Assert.Equal("Het type heeft geen onderdeel 'ListPart'.", error.Message);
    }

    [Fact]
    public void OrderedParts_PositionsAsTextAndNumbersOrMissing_NumericOrderThenListOrder()
    {
        var type = new ContentTypeDefinition { Name = "Page" };
        type.ContentTypePartDefinitionRecords.Add(Part("Ten", """{ "ContentTypePartSettings": { "Position": "10" } }"""));
        type.ContentTypePartDefinitionRecords.Add(Part("NoPosition", "{}"));
        type.ContentTypePartDefinitionRecords.Add(Part("Two", """{ "ContentTypePartSettings": { "Position": 2 } }"""));
        type.ContentTypePartDefinitionRecords.Add(Part("Bad", """{ "ContentTypePartSettings": { "Position": "abc" } }"""));

        var sut = ContentDefinitionEditor.OrderedParts(type);

        // Without a (readable) position a part keeps its list index as position: NoPosition 1, Bad 3.
        Assert.Equal(["NoPosition", "Two", "Bad", "Ten"], sut.Select(p => p.Name));
    }

    [Fact]
    public void ReplacePartSettings_NewSettings_ReplacedAndPositionKept()
    {
        var type = Gift().FindType("Gift")!;

        ContentDefinitionEditor.ReplacePartSettings(type, "AutoroutePart", JsonNode.Parse("""{ "AutoroutePartSettings": { "Pattern": "x" } }""")!.AsObject());

        var part = type.FindPart("AutoroutePart")!;
        Assert.Equal("""{"AutoroutePartSettings":{"Pattern":"x"},"ContentTypePartSettings":{"Position":"1"}}""", part.Settings.ToJsonString());
    }

    [Fact]
    public void AddField_TypeWithoutOwnPart_CreatesThePartAndAddsItToTheType()
    {
        var document = new ContentDefinitionDocument();
        var type = ContentDefinitionEditor.CreateType(document, "Notice", "Notice", ["TitlePart"]);

        ContentDefinitionEditor.AddField(document, type, "TextField", "Source", "Bron");

        Assert.Equal(["TitlePart:0", "Notice:1"], Positions(type));
        var field = Assert.Single(document.FindPartDefinition("Notice")!.ContentPartFieldDefinitionRecords);
        Assert.Equal(("TextField", "Source"), (field.FieldName, field.Name));
        Assert.Equal("""{"ContentPartFieldSettings":{"DisplayName":"Bron","Position":"0"}}""", field.Settings.ToJsonString());
    }

    [Fact]
    public void AddField_NameInOtherCase_RefusedNamingIt()
    {
        var document = Gift();

        var error = Assert.Throws<ContentTypeEditException>(() => ContentDefinitionEditor.AddField(document, document.FindType("Gift")!, "TextField", "organisation", "x"));

        Assert.Equal("Er is al een veld met de naam 'organisation'.", error.Message);
    }

    [Fact]
    public void MoveField_Down_SwappedAndUnknownSettingsKept()
    {
        var document = Gift();
        var part = document.FindPartDefinition("Gift")!;

        ContentDefinitionEditor.MoveField(part, "Organisation", 1);

        Assert.Equal(["Article", "Organisation"], ContentDefinitionEditor.OrderedFields(document, "Gift").Select(f => f.Name));
        var organisation = ContentDefinitionEditor.RequireField(part, "Organisation");
        Assert.Equal("""{"DisplayName":"Organisatie","Position":"1","Custom":"kept"}""", organisation.Settings[FieldPositions]!.ToJsonString());
        Assert.Equal("""{"Hint":"Wie gaf het cadeau","Required":true}""", organisation.Settings["TextFieldSettings"]!.ToJsonString());
    }

    [Fact]
    public void RemoveField_First_RestRenumbered()
    {
        var part = Gift().FindPartDefinition("Gift")!;

        ContentDefinitionEditor.RemoveField(part, "Organisation");

        var article = Assert.Single(part.ContentPartFieldDefinitionRecords);
        Assert.Equal("0", DefinitionSettingsReader.Text(article.Settings, FieldPositions, "Position"));
    }

    [Fact]
    public void RequireOwnPart_TypeWithoutFields_RefusedNamingIt()
    {
        var document = new ContentDefinitionDocument();
        ContentDefinitionEditor.CreateType(document, "Notice", "Notice", ["TitlePart"]);

        var error = Assert.Throws<ContentTypeEditException>(() => ContentDefinitionEditor.RequireOwnPart(document, "Notice"));

        Assert.Equal("Het type 'Notice' heeft geen eigen velden.", error.Message);
    }

    [Fact]
    public void RequireField_Unknown_RefusedNamingIt()
    {
        var part = Gift().FindPartDefinition("Gift")!;

        var error = Assert.Throws<ContentTypeEditException>(() => ContentDefinitionEditor.RemoveField(part, "Jaar"));

        Assert.Equal("Er is geen veld 'Jaar'.", error.Message);
    }

    [Fact]
    public void MergeType_ExistingType_SettingsMergedUnknownSettingsAndUnlistedPartsKept()
    {
        var document = Gift();
        var incoming = new ContentTypeDefinition
        {
            Name = "gift",
            Settings = JsonNode.Parse("""{ "ContentTypeSettings": { "Listable": false } }""")!.AsObject(),
            ContentTypePartDefinitionRecords = [Part("AutoroutePart", """{ "AutoroutePartSettings": { "Pattern": "nieuw" } }""")],
        };

        ContentDefinitionEditor.MergeType(document, incoming);

        var type = Assert.Single(document.ContentTypes);
        Assert.Equal("Cadeau", type.DisplayName);
        Assert.Equal("""{"Creatable":true,"Listable":false,"Draftable":true,"Versionable":true,"Securable":true,"Custom":"kept"}""", type.Settings["ContentTypeSettings"]!.ToJsonString());
        Assert.Equal(["TitlePart", "AutoroutePart", "Gift"], type.ContentTypePartDefinitionRecords.Select(p => p.Name));
        Assert.Equal(
            """{"ContentTypePartSettings":{"Position":"1"},"AutoroutePartSettings":{"AllowCustomPath":true,"Pattern":"nieuw"}}""",
            type.FindPart("AutoroutePart")!.Settings.ToJsonString());
    }

    [Fact]
    public void MergePart_ExistingAndNewFields_MergedByNameUnknownSettingsKept()
    {
        var document = Gift();
        var incoming = new ContentPartDefinition { Name = "Gift" };
        incoming.ContentPartFieldDefinitionRecords.Add(new ContentPartFieldDefinition
        {
            FieldName = "TextField",
            Name = "Organisation",
            Settings = JsonNode.Parse("""{ "TextFieldSettings": { "Required": false } }""")!.AsObject(),
        });
        incoming.ContentPartFieldDefinitionRecords.Add(new ContentPartFieldDefinition { FieldName = "NumericField", Name = "Year" });

        ContentDefinitionEditor.MergePart(document, incoming);

        var part = Assert.Single(document.ContentParts);
        Assert.Equal(["Organisation", "Article", "Year"], part.ContentPartFieldDefinitionRecords.Select(f => f.Name));
        var organisation = part.ContentPartFieldDefinitionRecords[0];
        Assert.Equal("""{"Hint":"Wie gaf het cadeau","Required":false}""", organisation.Settings["TextFieldSettings"]!.ToJsonString());
        Assert.Equal("kept", DefinitionSettingsReader.Text(organisation.Settings, FieldPositions, "Custom"));
    }

    [Fact]
    public void ReplaceType_ExistingType_ReplacedWholesaleInPlace()
    {
        var document = Gift();
        ContentDefinitionEditor.CreateType(document, "Notice", "Notice", ["TitlePart"]);

        ContentDefinitionEditor.ReplaceType(document, new ContentTypeDefinition { Name = "GIFT" });

        Assert.Equal(["GIFT", "Notice"], document.ContentTypes.Select(t => t.Name));
        Assert.Empty(document.ContentTypes[0].ContentTypePartDefinitionRecords);
    }

    [Fact]
    public void ReplacePart_NewPart_Added()
    {
        var document = Gift();

        ContentDefinitionEditor.ReplacePart(document, new ContentPartDefinition { Name = "Shared" });

        Assert.Equal(["Gift", "Shared"], document.ContentParts.Select(p => p.Name));
    }

    [Fact]
    public void DeletePart_UsedByAType_RemovedFromTheTypeToo()
    {
        var document = Gift();

        var removed = ContentDefinitionEditor.DeletePart(document, "gift");

        Assert.True(removed);
        Assert.Empty(document.ContentParts);
        Assert.Equal(["TitlePart", "AutoroutePart"], document.FindType("Gift")!.ContentTypePartDefinitionRecords.Select(p => p.Name));
    }

    [Fact]
    public void DeletePart_Undefined_FalseAndTypesUntouched()
    {
        var document = Gift();

        Assert.False(ContentDefinitionEditor.DeletePart(document, "TitlePart"));
        Assert.Equal(3, document.FindType("Gift")!.ContentTypePartDefinitionRecords.Count);
    }

    [Fact]
    public void DeleteType_ByNameInOtherCase_RemovedAndUndefinedIsFalse()
    {
        var document = Gift();

        Assert.False(ContentDefinitionEditor.DeleteType(document, "Notice"));
        Assert.True(ContentDefinitionEditor.DeleteType(document, "GIFT"));
        Assert.Empty(document.ContentTypes);
        Assert.Single(document.ContentParts);
    }

    /// <summary>The Orchard-shaped Gift document, with a setting no code knows in two places.</summary>
    private static ContentDefinitionDocument Gift()
    {
        var document = ContentDefinitionJson.Deserialize(ContentDefinitionJsonTests.OrchardDocument);
        ContentDefinitionEditor.SettingsGroup(document.ContentTypes[0].Settings, "ContentTypeSettings")["Custom"] = "kept";
        ContentDefinitionEditor.SettingsGroup(document.ContentParts[0].ContentPartFieldDefinitionRecords[0].Settings, FieldPositions)["Custom"] = "kept";
        return document;
    }

    private static ContentTypePartDefinition Part(string name, string settings) =>
        new() { PartName = name, Name = name, Settings = JsonNode.Parse(settings)!.AsObject() };

    private static IReadOnlyList<string> Positions(ContentTypeDefinition type) =>
        [.. ContentDefinitionEditor.OrderedParts(type).Select(p => p.Name + ":" + DefinitionSettingsReader.Text(p.Settings, PartPositions, "Position"))];
}

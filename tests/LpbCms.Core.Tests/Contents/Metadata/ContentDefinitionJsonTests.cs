using System.Text.Json;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Tests.Contents.Metadata;

public sealed class ContentDefinitionJsonTests
{
    /// <summary>A definition document in Orchard's shape, compact, with a type, its implicit part and a field.</summary>
    internal const string OrchardDocument =
        "{\"ContentTypes\":[{\"Name\":\"Gift\",\"DisplayName\":\"Cadeau\","
        + "\"Settings\":{\"ContentTypeSettings\":{\"Creatable\":true,\"Listable\":true,\"Draftable\":true,\"Versionable\":true,\"Securable\":true}},"
        + "\"ContentTypePartDefinitionRecords\":["
        + "{\"PartName\":\"TitlePart\",\"Name\":\"TitlePart\",\"Settings\":{\"ContentTypePartSettings\":{\"Position\":\"0\"}}},"
        + "{\"PartName\":\"AutoroutePart\",\"Name\":\"AutoroutePart\",\"Settings\":{\"ContentTypePartSettings\":{\"Position\":\"1\"},"
        + "\"AutoroutePartSettings\":{\"AllowCustomPath\":true,\"Pattern\":\"cadeaus/{{ ContentItem | display_text | slugify }}\"}}},"
        + "{\"PartName\":\"Gift\",\"Name\":\"Gift\",\"Settings\":{\"ContentTypePartSettings\":{\"Position\":\"2\"}}}]}],"
        + "\"ContentParts\":[{\"Name\":\"Gift\",\"Settings\":{},\"ContentPartFieldDefinitionRecords\":["
        + "{\"FieldName\":\"TextField\",\"Name\":\"Organisation\",\"Settings\":{\"ContentPartFieldSettings\":{\"DisplayName\":\"Organisatie\",\"Position\":\"0\"},"
        + "\"TextFieldSettings\":{\"Hint\":\"Wie gaf het cadeau\",\"Required\":true}}},"
        + "{\"FieldName\":\"ContentPickerField\",\"Name\":\"Article\",\"Settings\":{\"ContentPartFieldSettings\":{\"DisplayName\":\"Artikel\",\"Position\":\"1\"}}}]}]}";

    [Fact]
    public void Serialize_OrchardDocument_IsByteIdentical()
    {
        var sut = ContentDefinitionJson.Deserialize(OrchardDocument);

        Assert.Equal(OrchardDocument, ContentDefinitionJson.Serialize(sut));
    }

    [Fact]
    public void Deserialize_OrchardDocument_ReadsTypesPartsAndFields()
    {
        var sut = ContentDefinitionJson.Deserialize(OrchardDocument);

        var type = Assert.Single(sut.ContentTypes);
        Assert.Equal("Gift", type.Name);
        Assert.Equal("Cadeau", type.DisplayName);
        Assert.Equal(["TitlePart", "AutoroutePart", "Gift"], type.ContentTypePartDefinitionRecords.Select(p => p.Name), StringComparer.Ordinal);
        var part = Assert.Single(sut.ContentParts);
        Assert.Equal(["Organisation", "Article"], part.ContentPartFieldDefinitionRecords.Select(f => f.Name), StringComparer.Ordinal);
        Assert.Equal("ContentPickerField", part.ContentPartFieldDefinitionRecords[1].FieldName);
    }

    [Fact]
    public void Serialize_NewDocument_UsesOrchardKeys()
    {
        var sut = new ContentDefinitionDocument();
        sut.ContentTypes.Add(new ContentTypeDefinition { Name = "Page", DisplayName = "Pagina" });

        var json = ContentDefinitionJson.Serialize(sut);

        Assert.Equal(
            "{\"ContentTypes\":[{\"Name\":\"Page\",\"DisplayName\":\"Pagina\",\"Settings\":{},\"ContentTypePartDefinitionRecords\":[]}],\"ContentParts\":[]}",
            json);
    }

    [Fact]
    public void Deserialize_TypeWithoutName_Throws()
    {
        Assert.Throws<JsonException>(() => ContentDefinitionJson.Deserialize("{\"ContentTypes\":[{\"DisplayName\":\"x\"}]}"));
    }

    [Fact]
    public void Clone_ChangingTheCopy_LeavesTheOriginal()
    {
        var original = ContentDefinitionJson.Deserialize(OrchardDocument);

        var sut = ContentDefinitionJson.Clone(original);
        sut.ContentTypes[0].Settings["ContentTypeSettings"]!["Draftable"] = false;

        Assert.True(original.ContentTypes[0].GetTypeSettings().Draftable);
        Assert.False(sut.ContentTypes[0].GetTypeSettings().Draftable);
    }
}

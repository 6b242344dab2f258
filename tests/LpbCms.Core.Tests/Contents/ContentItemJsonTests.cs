using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Core.Tests.Contents;

public sealed class ContentItemJsonTests
{
    [Theory]
    [MemberData(nameof(ContentItemShapes.Parts), MemberType = typeof(ContentItemShapes))]
    public void Serialize_DocumentWithPart_IsByteIdentical(string shape, string partName, string partJson)
    {
        var json = ContentItemShapes.Document($"\"{partName}\":{partJson}");

        var sut = ContentItemJson.Deserialize(json);

        Assert.True(sut.Content[partName] is JsonObject, $"{shape} must be read as the part object '{partName}'.");
        Assert.Equal(json, ContentItemJson.Serialize(sut));
    }

    [Theory]
    [MemberData(nameof(ContentItemShapes.Fields), MemberType = typeof(ContentItemShapes))]
    public void Serialize_DocumentWithField_IsByteIdentical(string fieldType, string fieldJson)
    {
        var json = ContentItemShapes.Document($"\"Gift\":{{\"{fieldType}Sample\":{fieldJson}}}");

        var sut = ContentItemJson.Deserialize(json);

        Assert.Equal(JsonNode.Parse(fieldJson)!.ToJsonString(), sut.Content["Gift"]![$"{fieldType}Sample"]!.ToJsonString());
        Assert.Equal(json, ContentItemJson.Serialize(sut));
    }

    [Fact]
    public void Serialize_EveryShapeInOneDocument_KeepsKeyOrderAndBytes()
    {
        var parts = ContentItemShapes.Parts.Select(row => $"\"{row.Data.Item2}\":{row.Data.Item3}").ToList();
        var fields = string.Join(',', ContentItemShapes.Fields.Select(row => $"\"{row.Data.Item1}Sample\":{row.Data.Item2}"));
        parts.Add($"\"Gift\":{{{fields}}}");
        var json = ContentItemShapes.Document([.. parts]);

        var serialized = ContentItemJson.Serialize(ContentItemJson.Deserialize(json));

        Assert.Equal(json, serialized);
        string[] expectedStart =
        [
            "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
            "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author", "TitlePart", "AutoroutePart",
        ];
        Assert.Equal(expectedStart, TopLevelKeys(serialized).Take(expectedStart.Length), StringComparer.Ordinal);
    }

    [Fact]
    public void Serialize_MetadataKeysOutOfOrder_WritesOrchardOrderThenPartsInDocumentOrder()
    {
        const string json = """
            {"HtmlBodyPart":{"Html":""},"Author":"admin","ContentType":"Page","TitlePart":{"Title":"Over"},
             "ContentItemVersionId":"v","ContentItemId":"i","Published":true}
            """;

        var serialized = ContentItemJson.Serialize(ContentItemJson.Deserialize(json));

        string[] expected =
        [
            "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
            "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author", "HtmlBodyPart", "TitlePart",
        ];
        Assert.Equal(expected, TopLevelKeys(serialized), StringComparer.Ordinal);
    }

    [Fact]
    public void Serialize_UnknownPartWithOddValues_IsKeptVerbatim()
    {
        const string unknown = "{\"Custom\":{\"Deep\":[1,2.50,1E+2,{\"x\":null},\"tekst met \\\"quotes\\\"\"]},\"Empty\":[]}";
        var json = ContentItemShapes.Document($"\"SeoMetaPart\":{unknown}");

        var sut = ContentItemJson.Deserialize(json);

        Assert.Equal(json, ContentItemJson.Serialize(sut));
    }

    [Fact]
    public void Deserialize_Metadata_ReadsTypedValues()
    {
        var sut = ContentItemJson.Deserialize(ContentItemShapes.Document());

        Assert.Equal("4x8k7m2q9r1s3t5v6w0y8z2a1b", sut.ContentItemId);
        Assert.Equal("Gift", sut.ContentType);
        Assert.True(sut.Latest);
        Assert.True(sut.Published);
        Assert.Equal(new DateTime(2019, 7, 9, 10, 0, 0, DateTimeKind.Utc), sut.PublishedUtc);
        Assert.Equal(DateTimeKind.Utc, sut.PublishedUtc!.Value.Kind);
        Assert.Equal("admin", sut.Author);
        Assert.Empty(sut.Content);
    }

    [Fact]
    public void Deserialize_LowercaseMetadataKey_IsKeptAsPartNotMetadata()
    {
        var sut = ContentItemJson.Deserialize("""{"ContentItemId":"i","contenttype":"Page"}""");

        Assert.Equal("", sut.ContentType);
        Assert.NotNull(sut.Content["contenttype"]);
    }

    [Fact]
    public void JsonSerializer_ContentItem_UsesOrchardConverter()
    {
        var json = ContentItemShapes.Document("\"TitlePart\":{\"Title\":\"x\"}");

        var item = JsonSerializer.Deserialize<ContentItem>(json, ContentItemJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(item, ContentItemJson.Options));
    }

    private static List<string> TopLevelKeys(string json) =>
        [.. JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name)];
}

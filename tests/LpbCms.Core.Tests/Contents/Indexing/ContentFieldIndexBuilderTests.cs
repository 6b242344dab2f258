using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Indexing;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Tests.Contents.Indexing;

public sealed class ContentFieldIndexBuilderTests
{
    [Theory]
    [InlineData("TextField", "{\"Text\":\"LSA\"}", "LSA", null, null, null)]
    [InlineData("NumericField", "{\"Value\":2019}", null, "2019", null, null)]
    [InlineData("NumericField", "{\"Value\":\"12.5\"}", null, "12.5", null, null)]
    [InlineData("BooleanField", "{\"Value\":true}", null, null, null, true)]
    [InlineData("DateField", "{\"Value\":\"2019-07-09T00:00:00Z\"}", null, null, "2019-07-09T00:00:00Z", null)]
    [InlineData("DateTimeField", "{\"Value\":\"2019-07-09T12:30:00+02:00\"}", null, null, "2019-07-09T10:30:00Z", null)]
    [InlineData("LinkField", "{\"Url\":\"https://www.lpb.nl/\",\"Text\":\"LPB\"}", "https://www.lpb.nl/", null, null, null)]
    public void Build_SingleValueField_IndexesTypedValue(string fieldType, string fieldJson, string? text, string? number, string? date, bool? boolean)
    {
        var (item, fields) = ItemWithField(fieldType, fieldJson);

        var sut = ContentFieldIndexBuilder.Build(item, fields, TestCatalog.Fields);

        Assert.Empty(sut.Errors);
        var entry = Assert.Single(sut.Entries);
        Assert.Equal(("Congress", "Sample"), (entry.PartName, entry.FieldName));
        var expected = new ContentFieldValue(
            text,
            number is null ? null : decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture),
            date is null ? null : DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
            boolean);
        Assert.Equal(expected, entry.Value);
    }

    [Theory]
    [InlineData("ContentPickerField", "{\"ContentItemIds\":[\"a\",\"b\"]}")]
    [InlineData("MultiTextField", "{\"Values\":[\"a\",\"b\"]}")]
    [InlineData("MediaField", "{\"Paths\":[\"a\",\"b\"],\"MediaTexts\":[\"x\",\"y\"]}")]
    public void Build_MultiValueField_IndexesOneTextEntryPerValue(string fieldType, string fieldJson)
    {
        var (item, fields) = ItemWithField(fieldType, fieldJson);

        var sut = ContentFieldIndexBuilder.Build(item, fields, TestCatalog.Fields);

        Assert.Equal(["a", "b"], sut.Entries.Select(e => e.Value.Text), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("HtmlField", "{\"Html\":\"<p>x</p>\"}")]
    [InlineData("TimeField", "{\"Value\":\"10:00:00\"}")]
    [InlineData("SomeModuleField", "{\"Value\":1}")]
    [InlineData("TextField", "{\"Text\":null}")]
    [InlineData("TextField", "{}")]
    public void Build_FieldNotIndexedOrEmpty_NoEntries(string fieldType, string fieldJson)
    {
        var (item, fields) = ItemWithField(fieldType, fieldJson);

        var sut = ContentFieldIndexBuilder.Build(item, fields, TestCatalog.Fields);

        Assert.Empty(sut.Entries);
        Assert.Empty(sut.Errors);
    }

    [Theory]
    [InlineData("NumericField", "{\"Value\":\"veel\"}", "Congress.Sample.Value")]
    [InlineData("NumericField", "{\"Value\":[1]}", "Congress.Sample.Value")]
    [InlineData("TextField", "{\"Text\":12}", "Congress.Sample.Text")]
    [InlineData("BooleanField", "{\"Value\":\"ja\"}", "Congress.Sample.Value")]
    [InlineData("DateField", "{\"Value\":\"9 juli\"}", "Congress.Sample.Value")]
    [InlineData("ContentPickerField", "{\"ContentItemIds\":\"a\"}", "Congress.Sample.ContentItemIds")]
    [InlineData("ContentPickerField", "{\"ContentItemIds\":[\"a\",3]}", "Congress.Sample.ContentItemIds[1]")]
    [InlineData("TextField", "\"LSA\"", "Congress.Sample")]
    public void Build_ValueOfWrongJsonType_ReportsErrorAtItsPath(string fieldType, string fieldJson, string path)
    {
        var (item, fields) = ItemWithField(fieldType, fieldJson);

        var sut = ContentFieldIndexBuilder.Build(item, fields, TestCatalog.Fields);

        Assert.Equal(path, Assert.Single(sut.Errors).Path);
    }

    [Theory]
    [InlineData("{\"ListContentItemId\":\"list1\",\"Order\":2}", "list1")]
    [InlineData("{\"ListContentItemId\":\"\"}", null)]
    [InlineData("{\"ListContentItemId\":7}", null)]
    [InlineData("{}", null)]
    public void Build_ContainedPartWithoutDefinition_IndexesListIdFromJson(string partJson, string? expected)
    {
        var item = ContentItemJson.Deserialize($"{{\"ContentType\":\"BlogPost\",\"ContainedPart\":{partJson}}}");

        var sut = ContentFieldIndexBuilder.Build(item, [], TestCatalog.Fields);

        Assert.Empty(sut.Errors);
        Assert.Equal(
            expected is null ? [] : [new ContentFieldIndexEntry("ContainedPart", "ListContentItemId", new ContentFieldValue(Text: expected))],
            sut.Entries);
    }

    private static (ContentItem Item, IReadOnlyList<ContentTypeField> Fields) ItemWithField(string fieldType, string fieldJson)
    {
        var item = ContentItemJson.Deserialize($"{{\"ContentType\":\"Congress\",\"Congress\":{{\"Sample\":{fieldJson}}}}}");
        var field = new ContentPartFieldDefinition { FieldName = fieldType, Name = "Sample" };
        return (item, [new ContentTypeField("Congress", "Congress", field)]);
    }
}

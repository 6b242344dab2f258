using LpbCms.Api.Schema;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Modules.Tests.Api;

public sealed class ContentTypeJsonSchemaTests
{
    [Fact]
    public void Build_SameTypeTwice_BothSucceedAndAreEqual()
    {
        var type = new ContentTypeDefinition { Name = "Page" };
        type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = "TitlePart", Name = "TitlePart" });
        type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = "AutoroutePart", Name = "AutoroutePart" });
        var document = new ContentDefinitionDocument { ContentTypes = [type] };

        var first = ContentTypeJsonSchema.Build(document, type, LpbCms.Contents.Catalog.ContentsCatalog.CreateStandard());
        var second = ContentTypeJsonSchema.Build(document, type, LpbCms.Contents.Catalog.ContentsCatalog.CreateStandard());

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal("string", (string?)second["properties"]!["TitlePart"]!["properties"]!["Title"]!["type"]![0]);
    }
}

using System.Text;
using System.Text.Json.Nodes;
using LpbCms.Api.Http;
using LpbCms.Api.Querying;
using LpbCms.Api.Writing;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Modules.Tests.Api;

/// <summary>The API's input handling: ids, expand paths, request bodies and Orchard's merge.</summary>
public sealed class ContentApiInputTests
{
    [Theory]
    [InlineData("4x8k7m2q9r1s3t5v6w0y8z2a1b", true)]
    [InlineData("orchard-id_1", true)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("id with spaces", false)]
    [InlineData("", false)]
    public void IsPlausible_Id_AcceptsOnlyShortIdsOfSafeCharacters(string id, bool expected)
    {
        Assert.Equal(expected, ContentIds.IsPlausible(id));
    }

    [Fact]
    public void TryParseList_TwoLevelPath_ReturnsSteps()
    {
        var sut = ExpandPath.TryParseList("Gift.Article.BlogPost.Related, Gift.Article", maxDepth: 3, out var error);

        Assert.Null(error);
        Assert.Equal(2, sut!.Count);
        Assert.Equal(["Gift.Article", "BlogPost.Related"], sut[0].Steps.Select(s => s.ToString()));
    }

    [Fact]
    public void TryParseList_ListChildrenThenPicker_ReturnsListChildrenStepFirst()
    {
        var sut = ExpandPath.TryParseList("ListPart.ContentItems.Gift.Article", maxDepth: 3, out var error);

        Assert.Null(error);
        Assert.Equal([ExpandPath.ListChildren, new ContentFieldRef("Gift", "Article")], Assert.Single(sut!).Steps);
    }

    [Theory]
    [InlineData("Gift")]
    [InlineData("Gift.Article.X")]
    [InlineData("Gift.Art'icle")]
    [InlineData("A.B.C.D.E.F.G.H")]
    public void TryParseList_Malformed_ReturnsError(string value)
    {
        var sut = ExpandPath.TryParseList(value, maxDepth: 3, out var error);

        Assert.Null(sut);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("{\"a\":", "Malformed JSON")]
    [InlineData("[]", "Not a JSON object")]
    [InlineData("", "Empty body")]
    [InlineData("{\"big\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}", "Request body too large")]
    public async Task ReadObjectAsync_BadBody_ReturnsTitle(string body, string title)
    {
        var request = new DefaultHttpContext().Request;
        request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var (json, actualTitle, error) = await JsonBodyReader.ReadObjectAsync(request, maxBytes: 64, TestContext.Current.CancellationToken);

        Assert.Null(json);
        Assert.Equal(title, actualTitle);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Into_PostedParts_MergesObjectsAndReplacesArrays()
    {
        var target = ContentItemJson.FromJsonObject(JsonNode.Parse("""
            {"ContentItemId":"a","ContentType":"Gift","Owner":"u1",
             "Gift":{"Organisation":{"Text":"LSA"},"Article":{"ContentItemIds":["x","y"]}}}
            """)!.AsObject());
        var posted = ContentItemJson.FromJsonObject(JsonNode.Parse("""
            {"ContentItemId":"a","Owner":"intruder","Gift":{"Article":{"ContentItemIds":["z"]}},"TitlePart":{"Title":"T"}}
            """)!.AsObject());

        ContentMerge.Into(target, posted);

        Assert.Equal("u1", target.Owner);
        Assert.Equal("LSA", (string?)target.Content["Gift"]!["Organisation"]!["Text"]);
        Assert.Equal(["z"], target.Content["Gift"]!["Article"]!["ContentItemIds"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("T", (string?)target.Content["TitlePart"]!["Title"]);
    }

    [Fact]
    public void FindInvalidParts_NonObjectPart_NamesIt()
    {
        var posted = ContentItemJson.FromJsonObject(JsonNode.Parse("""{"ContentType":"Gift","TitlePart":5,"Gift":{}}""")!.AsObject());

        Assert.Equal(["TitlePart"], ContentMerge.FindInvalidParts(posted));
    }
}

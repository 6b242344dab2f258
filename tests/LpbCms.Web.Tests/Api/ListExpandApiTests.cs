using System.Net;

namespace LpbCms.Web.Tests.Api;

/// <summary><c>expand=ListPart.ContentItems</c>: a list's children (ContainedPart) embedded in batched queries.</summary>
public sealed class ListExpandApiTests(ListExpandSite site) : IClassFixture<ListExpandSite>
{
    [Fact]
    public async Task Get_ExpandListChildren_EmbedsPublishedChildrenInListOrder()
    {
        using var client = site.Site.Client();

        using var response = await ApiJson.GetAsync(client, $"/api/content/{site.FirstListId}?expand=ListPart.ContentItems");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await ApiJson.ReadObjectAsync(response);
        var children = item["ListPart"]!["ContentItems"]!.AsArray();
        Assert.Equal(["Eerste notitie", "Tweede notitie"], children.Select(c => (string?)c!["DisplayText"]));
    }

    [Fact]
    public async Task List_ExpandListChildrenOfManyLists_GivesEachListItsOwnChildren()
    {
        using var client = site.Site.Client();

        using var response = await ApiJson.GetAsync(client, $"/api/content?type={ListExpandSite.ListType}&orderBy=displayText:asc&expand=ListPart.ContentItems");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lists = (await ApiJson.ReadObjectAsync(response))["items"]!.AsArray();
        Assert.Equal(
            [["Notitie armoede"], ["Eerste notitie", "Tweede notitie"]],
            lists.Select(l => l!["ListPart"]!["ContentItems"]!.AsArray().Select(c => (string?)c!["DisplayText"]).ToArray()));
    }
}

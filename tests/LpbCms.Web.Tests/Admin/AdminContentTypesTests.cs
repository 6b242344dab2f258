using System.Net;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>
/// The content types editor: create a type, add, reorder and remove parts and fields, edit their
/// settings, stored as Orchard definitions that the content editor then follows. Administrators only.
/// </summary>
public sealed class AdminContentTypesTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Fact]
    public async Task TypeEditor_CreateTypeAddPartsAndFieldsReorderAndEdit_StoredAsDefinitionAndUsedByEditor()
    {
        using var sut = await AdminAsync();

        using var create = await sut.PostFormAsync("/admin/typen", "/admin/typen", [new("NewName", "Nieuwsbericht"), new("NewDisplayName", "Nieuwsbericht")]);
        await PostAsync(sut, "Nieuwsbericht", "AddPart", [new("Part", "HtmlBodyPart")]);
        await PostAsync(sut, "Nieuwsbericht", "AddField", [new("Field", "Bron"), new("FieldType", "TextField"), new("FieldDisplayName", "Bron")]);
        await PostAsync(sut, "Nieuwsbericht", "AddField", [new("Field", "Oplage"), new("FieldType", "NumericField"), new("FieldDisplayName", "Oplage")]);
        await PostAsync(sut, "Nieuwsbericht", "MoveField", [new("Field", "Oplage"), new("Offset", "-1")]);
        await PostAsync(sut, "Nieuwsbericht", "MovePart", [new("Part", "HtmlBodyPart"), new("Offset", "-1")]);
        using var field = await sut.PostFormAsync("/admin/typen/Nieuwsbericht/velden/Oplage", "/admin/typen/Nieuwsbericht/velden/Oplage",
            [new("DisplayName", "Aantal exemplaren"), new("Hint", "Hoeveel zijn er gedrukt?"), new("Required", "true"), new("SettingsJson", "{ \"Minimum\": 1, \"Maximum\": 5000 }")]);

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Equal("/admin/typen/Nieuwsbericht", create.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, field.StatusCode);
        var document = await DocumentAsync();
        var type = document.FindType("Nieuwsbericht")!;
        Assert.Equal(["HtmlBodyPart", "TitlePart", "Nieuwsbericht"], Ordered(type));
        var fields = document.FindPartDefinition("Nieuwsbericht")!.ContentPartFieldDefinitionRecords
            .OrderBy(f => DefinitionSettingsReader.Number(f.Settings, "ContentPartFieldSettings", "Position")).Select(f => f.Name);
        Assert.Equal(["Oplage", "Bron"], fields);
        var oplage = document.FindPartDefinition("Nieuwsbericht")!.ContentPartFieldDefinitionRecords.Single(f => f.Name == "Oplage");
        Assert.Equal("Aantal exemplaren", DefinitionSettingsReader.Text(oplage.Settings, "ContentPartFieldSettings", "DisplayName"));
        Assert.True(DefinitionSettingsReader.Bool(oplage.Settings, "NumericFieldSettings", "Required"));
        Assert.Equal(5000m, DefinitionSettingsReader.Number(oplage.Settings, "NumericFieldSettings", "Maximum"));
        Assert.Equal("Hoeveel zijn er gedrukt?", DefinitionSettingsReader.Text(oplage.Settings, "NumericFieldSettings", "Hint"));

        var editor = WebUtility.HtmlDecode(await sut.GetHtmlAsync("/admin/inhoud/nieuw/Nieuwsbericht"));
        Assert.Contains("Aantal exemplaren (verplicht)", editor, StringComparison.Ordinal);
        Assert.Contains("Hoeveel zijn er gedrukt?", editor, StringComparison.Ordinal);
        Assert.True(editor.IndexOf("Aantal exemplaren", StringComparison.Ordinal) < editor.IndexOf(">Bron<", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypeEditor_RemoveFieldAndPartAndEditTypeSettings_Stored()
    {
        using var sut = await AdminAsync();
        using var create = await sut.PostFormAsync("/admin/typen", "/admin/typen", [new("NewName", "Tijdelijk")]);
        await PostAsync(sut, "Tijdelijk", "AddField", [new("Field", "Weg"), new("FieldType", "BooleanField")]);
        await PostAsync(sut, "Tijdelijk", "AddPart", [new("Part", "AutoroutePart")]);

        await PostAsync(sut, "Tijdelijk", "RemoveField", [new("Field", "Weg")]);
        await PostAsync(sut, "Tijdelijk", "RemovePart", [new("Part", "AutoroutePart")]);
        await PostAsync(sut, "Tijdelijk", "Settings", [new("DisplayName", "Tijdelijk type"), new("Listable", "true"), new("Draftable", "true")]);
        using var partSettings = await sut.PostFormAsync("/admin/typen/Tijdelijk/onderdelen/TitlePart", "/admin/typen/Tijdelijk/onderdelen/TitlePart",
            [new("SettingsJson", "{ \"TitlePartSettings\": { \"Options\": \"EditableRequired\" } }")]);

        Assert.Equal(HttpStatusCode.Redirect, partSettings.StatusCode);
        var document = await DocumentAsync();
        var type = document.FindType("Tijdelijk")!;
        Assert.Equal("Tijdelijk type", type.DisplayName);
        Assert.Empty(document.FindPartDefinition("Tijdelijk")!.ContentPartFieldDefinitionRecords);
        Assert.DoesNotContain(type.ContentTypePartDefinitionRecords, p => p.Name == "AutoroutePart");
        var settings = type.GetTypeSettings();
        Assert.False(settings.Creatable);
        Assert.True(settings.Listable);
        Assert.True(settings.Draftable);
        var title = type.ContentTypePartDefinitionRecords.Single(p => p.Name == "TitlePart");
        Assert.Equal("EditableRequired", DefinitionSettingsReader.Text(title.Settings, "TitlePartSettings", "Options"));
        Assert.NotNull(DefinitionSettingsReader.Number(title.Settings, "ContentTypePartSettings", "Position"));
    }

    [Theory]
    [InlineData("Gift")]
    [InlineData("1Fout")]
    [InlineData("Met spatie")]
    [InlineData("../x")]
    public async Task CreateType_ExistingOrInvalidName_RefusedInDutch(string name)
    {
        using var sut = await AdminAsync();
        var before = (await DocumentAsync()).ContentTypes.Count;

        using var response = await sut.PostFormAsync("/admin/typen", "/admin/typen", [new("NewName", name)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"error-summary\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, (await DocumentAsync()).ContentTypes.Count);
    }

    [Fact]
    public async Task FieldSettings_InvalidJson_RefusedAndNothingChanged()
    {
        using var sut = await AdminAsync();
        var before = ContentDefinitionJson.Serialize(await DocumentAsync());

        using var response = await sut.PostFormAsync("/admin/typen/BlogPost/velden/Image", "/admin/typen/BlogPost/velden/Image", [new("DisplayName", "Beeld"), new("SettingsJson", "[1, 2")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("geen geldig JSON-object", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, ContentDefinitionJson.Serialize(await DocumentAsync()));
    }

    [Theory]
    [InlineData("Editor")]
    [InlineData("Author")]
    public async Task TypeEditor_NonAdministrator_RefusedForGetAndDirectPosts(string role)
    {
        var userName = "typen-" + role.ToLowerInvariant();
        await AdminBrowser.EnsureUserAsync(factory, userName, role);
        using var sut = await AdminBrowser.SignInAsync(factory, userName, AdminBrowser.TestPassword);
        var token = await sut.GetTokenAsync("/admin");
        var before = ContentDefinitionJson.Serialize(await DocumentAsync());

        using var list = await sut.GetAsync("/admin/typen");
        using var create = await sut.PostWithTokenAsync("/admin/typen", token, [new("NewName", "Achterdeur")]);
        using var addField = await sut.PostWithTokenAsync("/admin/typen/Gift?handler=AddField", token, [new("Field", "Achterdeur"), new("FieldType", "TextField")]);
        using var removePart = await sut.PostWithTokenAsync("/admin/typen/Gift?handler=RemovePart", token, [new("Part", "TitlePart")]);
        using var field = await sut.PostWithTokenAsync("/admin/typen/BlogPost/velden/Image", token, [new("DisplayName", "Gehackt")]);

        foreach (var response in new[] { list, create, addField, removePart, field })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/admin/geen-toegang", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, ContentDefinitionJson.Serialize(await DocumentAsync()));
    }

    private static IReadOnlyList<string> Ordered(ContentTypeDefinition type) =>
        [.. type.ContentTypePartDefinitionRecords.OrderBy(p => DefinitionSettingsReader.Number(p.Settings, "ContentTypePartSettings", "Position")).Select(p => p.Name)];

    private static async Task PostAsync(AdminBrowser browser, string type, string handler, List<KeyValuePair<string, string>> fields)
    {
        using var response = await browser.PostFormAsync($"/admin/typen/{type}", $"/admin/typen/{type}?handler={handler}", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    private async Task<ContentDefinitionDocument> DocumentAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync(TestContext.Current.CancellationToken);
    }

    private Task<AdminBrowser> AdminAsync() => AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);
}

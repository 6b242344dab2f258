using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Core.Tests.Contents.Catalog;

/// <summary>
/// The catalogue's own rules: a part or field registered twice or described with a missing piece
/// stops the host with an error naming it; handlers run stage by stage in declared order.
/// </summary>
public sealed class ContentCatalogTests
{
    [Fact]
    public void A_part_registered_twice_is_refused_naming_it_and_both_owners()
    {
        var services = new ServiceCollection();
        services.AddContentPart("NotePart").WithDisplayName("Notitie");

        var error = Assert.Throws<ContentCatalogException>(() => services.AddContentPart("NotePart"));

        Assert.Contains("'NotePart' is registered twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("LpbCms.Core.Tests", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_type_registered_twice_is_refused()
    {
        var services = new ServiceCollection();
        services.AddContentField("RatingField").WithDisplayName("Waardering").Property("Value", ContentValueKind.Number);

        var error = Assert.Throws<ContentCatalogException>(() => services.AddContentField("RatingField"));

        Assert.Contains("field type 'RatingField'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_and_a_field_may_share_a_name_as_in_Orchard()
    {
        var services = new ServiceCollection();
        services.AddContentPart("Rating").WithDisplayName("Waardering");
        services.AddContentField("Rating").WithDisplayName("Waardering").Property("Value", ContentValueKind.Number);

        var sut = Build(services);

        Assert.NotNull(sut.FindPart("Rating"));
        Assert.NotNull(sut.FindField("Rating"));
    }

    [Fact]
    public void A_nameless_registration_is_refused()
    {
        var error = Assert.Throws<ContentCatalogException>(() => new ServiceCollection().AddContentField(" "));

        Assert.Contains("has no name", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<IServiceCollection>> MissingPieces => new()
    {
        { "Part 'NotePart' has no display name", s => s.AddContentPart("NotePart") },
        { "Field type 'RatingField' has no properties", s => s.AddContentField("RatingField").WithDisplayName("Waardering") },
        { "names 'Score' as its indexed property", s => s.AddContentField("RatingField").WithDisplayName("Waardering").Property("Value", ContentValueKind.Number).IndexedOn("Score") },
        { "names 'Score' as its GraphQL value", s => s.AddContentField("RatingField").WithDisplayName("Waardering").Property("Value", ContentValueKind.Number).GraphScalar("Score") },
        { "names 'Score' as its edited property", s => s.AddContentField("RatingField").WithDisplayName("Waardering").Property("Value", ContentValueKind.Number).WithEditor(EditorKind.Number, "Score") },
        { "has a choice editor but no options source", s => s.AddContentField("RatingField").WithDisplayName("Waardering").Property("Value", ContentValueKind.Text).WithEditor(EditorKind.Choice, "Value") },
        { "declares the property 'Value' twice", s => s.AddContentField("RatingField").WithDisplayName("Waardering").Property("Value", ContentValueKind.Number).Property("Value", ContentValueKind.Text) },
        { "has the editor Text but no edited property", s => s.AddContentPart("NotePart").WithDisplayName("Notitie").Property("Note", ContentValueKind.Text).WithEditor(EditorKind.Text) },
        { "names 'Url' as its route path", s => s.AddContentPart("LinkPart").WithDisplayName("Link").Property("Path", ContentValueKind.Text).Routes("Url") },
        { "names 'Off' as its route switch", s => s.AddContentPart("LinkPart").WithDisplayName("Link").Property("Path", ContentValueKind.Text).Routes("Path", "Off") },
        { "names 'Name' as its display text", s => s.AddContentPart("NotePart").WithDisplayName("Notitie").Property("Note", ContentValueKind.Text).ProvidesDisplayText("Name") },
        { "names 'Body' as its HTML body", s => s.AddContentPart("NotePart").WithDisplayName("Notitie").Property("Note", ContentValueKind.Text).ProvidesHtmlBody("Body") },
    };

    [Theory]
    [MemberData(nameof(MissingPieces))]
    public void A_descriptor_missing_a_piece_fails_the_build_naming_it(string expected, Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);

        var error = Assert.Throws<ContentCatalogException>(() => Build(services));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var services = new ServiceCollection();
        services.AddContentPart("NotePart");
        services.AddContentField("RatingField").WithDisplayName("Waardering");

        var error = Assert.Throws<ContentCatalogException>(() => Build(services));

        Assert.Contains("'NotePart' has no display name", error.Message, StringComparison.Ordinal);
        Assert.Contains("'RatingField' has no properties", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handlers_run_stage_by_stage_in_declared_order_and_unknown_handlers_last()
    {
        var services = new ServiceCollection();
        services.AddContentPart("NotePart").WithDisplayName("Notitie")
            .AddHandler<RouteHandler>(ContentHandlerStage.Route)
            .AddHandler<DeriveHandler>(ContentHandlerStage.Derive)
            .AddHandler<SecondDeriveHandler>(ContentHandlerStage.Derive);
        services.AddContentField("RatingField").WithDisplayName("Waardering").Property("Value", ContentValueKind.Number)
            .AddHandler<SanitizeHandler>(ContentHandlerStage.Sanitize);
        services.AddCatalogHandler<NormalizeHandler>(ContentHandlerStage.Normalize);
        var sut = Build(services);

        IContentHandler[] registered = [new OtherModuleHandler(), new RouteHandler(), new SecondDeriveHandler(), new DeriveHandler(), new SanitizeHandler(), new NormalizeHandler()];
        var ordered = sut.Order(registered).Select(h => h.GetType().Name);

        Assert.Equal(["NormalizeHandler", "SanitizeHandler", "DeriveHandler", "SecondDeriveHandler", "RouteHandler", "OtherModuleHandler"], ordered);
    }

    [Fact]
    public void The_route_path_comes_from_the_routing_part_and_a_disabled_route_gives_none_on_the_site()
    {
        var services = new ServiceCollection();
        services.AddContentPart("LinkPart").WithDisplayName("Link")
            .Property("Path", ContentValueKind.Text).Property("Off", ContentValueKind.Boolean).Routes("Path", "Off");
        var sut = Build(services);
        var item = new ContentItem { Content = new JsonObject { ["LinkPart"] = new JsonObject { ["Path"] = " /over-ons/ ", ["Off"] = true } } };

        Assert.Equal("over-ons", sut.ReadRoutePath(item, whenDisabled: true));
        Assert.Null(sut.ReadRoutePath(item, whenDisabled: false));
        Assert.Null(sut.ReadRoutePath(new ContentItem(), whenDisabled: true));
    }

    [Fact]
    public void The_html_body_comes_from_the_part_that_provides_it()
    {
        var services = new ServiceCollection();
        services.AddContentPart("NotePart").WithDisplayName("Notitie").Property("Note", ContentValueKind.Text).ProvidesHtmlBody("Note");
        var sut = Build(services);

        Assert.Equal("<p>Tekst</p>", sut.ReadHtmlBody(new ContentItem { Content = new JsonObject { ["NotePart"] = new JsonObject { ["Note"] = "<p>Tekst</p>" } } }));
        Assert.Null(sut.ReadHtmlBody(new ContentItem { Content = new JsonObject { ["NotePart"] = new JsonObject { ["Note"] = "  " } } }));
        Assert.Null(sut.ReadHtmlBody(new ContentItem { Content = new JsonObject { ["OtherPart"] = new JsonObject { ["Note"] = "<p>x</p>" } } }));
    }

    [Fact]
    public void A_typed_view_reads_the_part_named_like_its_class()
    {
        var item = new ContentItem { Content = new JsonObject { [nameof(NotePart)] = new JsonObject { ["Note"] = "Hallo", ["Order"] = "3" } } };

        var sut = item.As<NotePart>();

        Assert.NotNull(sut);
        Assert.Equal("Hallo", sut.Note);
        Assert.Equal(3, sut.Order);
        Assert.Null(new ContentItem().As<NotePart>());
    }

    [Fact]
    public void A_typed_part_is_registered_under_its_class_name_with_its_model()
    {
        var services = new ServiceCollection();
        services.AddContentPart<NotePart>().WithDisplayName("Notitie").Property("Note", ContentValueKind.Text);

        var sut = Build(services).FindPart(nameof(NotePart));

        Assert.NotNull(sut);
        Assert.Equal(typeof(NotePart), sut.ModelType);
        Assert.Equal("NotePartSettings", sut.SettingsName);
    }

    private static ContentCatalog Build(IServiceCollection services) =>
        new(ContentCatalogServiceCollectionExtensions.Registrations(services));

    public sealed class NotePart
    {
        public string? Note { get; set; }

        public int Order { get; set; }
    }

    private sealed class NormalizeHandler : IContentHandler;

    private sealed class SanitizeHandler : IContentHandler;

    private sealed class DeriveHandler : IContentHandler;

    private sealed class SecondDeriveHandler : IContentHandler;

    private sealed class RouteHandler : IContentHandler;

    private sealed class OtherModuleHandler : IContentHandler;
}

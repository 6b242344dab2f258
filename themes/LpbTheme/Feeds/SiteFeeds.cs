using System.Globalization;
using System.Text;
using System.Xml;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Display.Routing;
using LpbTheme.Pages;
using LpbTheme.Rendering;
using LpbTheme.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LpbTheme.Feeds;

/// <summary>The blog's RSS 2.0 feed, the sitemap of every published routed item, and robots.txt.</summary>
public static class SiteFeeds
{
    public const int FeedSize = 50;

    private const string RssContentType = "application/rss+xml; charset=utf-8";
    private const string XmlContentType = "application/xml; charset=utf-8";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The theme's own pages, listed in the sitemap besides the routed items.</summary>
    private static readonly string[] SectionPaths = ["/", "/blog", "/cadeaus", "/congres"];

    public static async Task<IResult> RssAsync(HttpContext http, SiteContent content, SitePages pages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(pages);
        var context = PageComposer.ContextOf(http.Request);
        var settings = await pages.SettingsAsync(ct);
        var posts = (await content.BlogPostsAsync(0, FeedSize, ct)).Items;
        var xml = Write(writer =>
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", $"{settings.SiteName} – Blog");
            writer.WriteElementString("link", context.Absolute("/blog"));
            writer.WriteElementString("description", "Berichten van het LPB, het Landelijk Platform voor Buurt- en wijkgericht werken.");
            writer.WriteElementString("language", "nl");
            writer.WriteStartElement("atom", "link", AtomNamespace);
            writer.WriteAttributeString("href", context.Absolute("/blog/feed.xml"));
            writer.WriteAttributeString("rel", "self");
            writer.WriteAttributeString("type", "application/rss+xml");
            writer.WriteEndElement();
            if (posts.Count > 0 && posts[0].PublishedUtc is { } newest)
            {
                writer.WriteElementString("lastBuildDate", Rfc822(newest));
            }

            var catalog = http.RequestServices.GetRequiredService<IContentCatalog>();
            foreach (var post in posts)
            {
                var url = context.Absolute(ContentRoutes.GetUrl(post, catalog) ?? "/blog");
                writer.WriteStartElement("item");
                writer.WriteElementString("title", post.DisplayText ?? "");
                writer.WriteElementString("link", url);
                writer.WriteStartElement("guid");
                writer.WriteAttributeString("isPermaLink", "true");
                writer.WriteString(url);
                writer.WriteEndElement();
                if (post.PublishedUtc is { } published)
                {
                    writer.WriteElementString("pubDate", Rfc822(published));
                }

                writer.WriteElementString("description", ContentJson.Text(post, "BlogPost", "Subtitle") ?? HtmlText.Excerpt(catalog.ReadHtmlBody(post), 300));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
        return new HtmlPageResult(xml, RssContentType);
    }

    public static async Task<IResult> SitemapAsync(HttpContext http, SiteContent content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(content);
        var context = PageComposer.ContextOf(http.Request);
        var urls = new List<(string Url, DateTime? Modified)>();
        urls.AddRange(SectionPaths.Select(p => (context.Absolute(p), (DateTime?)null)));
        await foreach (var item in content.AllPublishedAsync(ct))
        {
            var catalog = http.RequestServices.GetRequiredService<IContentCatalog>();
            if (ContentRoutes.GetUrl(item, catalog) is { } url)
            {
                urls.Add((context.Absolute(url), item.ModifiedUtc ?? item.PublishedUtc));
            }

            if (SiteTerms.IsTaxonomy(item, catalog))
            {
                urls.AddRange(SiteTerms.Links(item, catalog).Select(t => (context.Absolute(t.Url), (DateTime?)null)));
            }
        }

        var xml = Write(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            foreach (var (url, modified) in urls)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, url);
                if (modified is { } date)
                {
                    writer.WriteElementString("lastmod", SitemapNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
        return new HtmlPageResult(xml, XmlContentType);
    }

    public static IResult Robots(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var context = PageComposer.ContextOf(http.Request);
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /admin\n")
            .Append("Disallow: /api\n")
            .Append("Allow: /\n")
            .Append("Sitemap: ").Append(context.Absolute("/sitemap.xml")).Append('\n')
            .ToString();
        return new HtmlPageResult(text, "text/plain; charset=utf-8");
    }

    private static string Rfc822(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);

    private static string Write(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true, Async = false };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

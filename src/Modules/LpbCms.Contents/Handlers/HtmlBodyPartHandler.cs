using LpbCms.Contents.Models;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Text;

namespace LpbCms.Contents.Handlers;

/// <summary>HtmlBodyPart: the HTML is sanitized on save unless the type's <see cref="HtmlBodyPartSettings.SanitizeHtml"/> is false.</summary>
public sealed class HtmlBodyPartHandler(IHtmlSanitizerService sanitizer) : IContentHandler
{
    public Task UpdatingAsync(ContentContext context, CancellationToken ct)
    {
        foreach (var part in ContentParts.Find(context.ContentItem, context.TypeDefinition, "HtmlBodyPart"))
        {
            var html = ContentParts.GetString(part.Part, "Html");
            if (!string.IsNullOrEmpty(html) && DefinitionSettingsReader.Get<HtmlBodyPartSettings>(part.Settings).SanitizeHtml)
            {
                var clean = sanitizer.Sanitize(html);
                if (clean != html)
                {
                    part.Part["Html"] = clean;
                }
            }
        }

        return Task.CompletedTask;
    }
}

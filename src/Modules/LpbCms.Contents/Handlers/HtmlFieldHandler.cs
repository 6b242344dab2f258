using System.Text.Json.Nodes;
using LpbCms.Contents.Fields;
using LpbCms.Contents.Models;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Text;

namespace LpbCms.Contents.Handlers;

/// <summary>HtmlField: the HTML is sanitized on save unless the field's <see cref="HtmlFieldSettings.SanitizeHtml"/> is false.</summary>
public sealed class HtmlFieldHandler(ContentFieldLocator locator, IHtmlSanitizerService sanitizer) : IContentHandler
{
    public async Task UpdatingAsync(ContentContext context, CancellationToken ct)
    {
        if (context.TypeDefinition is null)
        {
            return;
        }

        foreach (var field in await locator.FindAsync(context.ContentItem, context.TypeDefinition, ct))
        {
            if (field.Definition.FieldName != "HtmlField" || field.Value is not JsonObject value)
            {
                continue;
            }

            var html = ContentParts.GetString(value, "Html");
            if (!string.IsNullOrEmpty(html) && DefinitionSettingsReader.Get<HtmlFieldSettings>(field.Definition.Settings).SanitizeHtml)
            {
                var clean = sanitizer.Sanitize(html);
                if (clean != html)
                {
                    value["Html"] = clean;
                }
            }
        }
    }
}

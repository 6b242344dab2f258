using LpbCms.Contents.Services;
using LpbCms.Core.Text;

namespace LpbCms.Contents.Liquid;

/// <summary>What the content filters need during one render; passed in the template context's ambient values.</summary>
internal sealed record ContentFilterServices(ISlugService Slugs, IContentItemLoader Items, CancellationToken Ct)
{
    public const string Key = "LpbCms.ContentFilterServices";
}

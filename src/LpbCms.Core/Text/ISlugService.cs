namespace LpbCms.Core.Text;

/// <summary>Turns text into a URL segment (Liquid's <c>slugify</c> filter, Orchard's ISlugService).</summary>
public interface ISlugService
{
    string Slugify(string? text);
}

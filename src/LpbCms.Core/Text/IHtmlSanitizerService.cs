namespace LpbCms.Core.Text;

/// <summary>Removes from HTML what could run script (elements, event handlers, <c>javascript:</c> URLs), keeping ordinary formatting.</summary>
public interface IHtmlSanitizerService
{
    string Sanitize(string html);
}

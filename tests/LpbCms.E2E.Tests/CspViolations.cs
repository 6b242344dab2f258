using Microsoft.Playwright;

namespace LpbCms.E2E.Tests;

/// <summary>
/// Collects the Content-Security-Policy refusals Chromium reports on a page's console: a journey
/// that passes with none shows the site's policies leave every script and style it needs working.
/// </summary>
public static class CspViolations
{
    public static IReadOnlyList<string> Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var refusals = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (refusals)
                {
                    refusals.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        return refusals;
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace LpbCms.E2E.Tests;

/// <summary>Runs axe-core in a page (WCAG 2.0–2.2 A/AA rules and best practices) and lists its serious and critical violations.</summary>
public static class AxeChecker
{
    private const string RunAxe = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
          });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
        }
        """;

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string axeScript)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Evaluated by the browser's debugging protocol, not added as an inline <script>: the site's
        // Content-Security-Policy refuses inline script, and the check must not need it relaxed.
        await page.EvaluateAsync(axeScript);
        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);
        return [.. violations.EnumerateArray().Select(v => v.GetString() ?? "")];
    }
}

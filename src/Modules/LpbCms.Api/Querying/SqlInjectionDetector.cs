using System.Text.RegularExpressions;

namespace LpbCms.Api.Querying;

/// <summary>
/// Recognises filter text that is plainly an SQL injection attempt (a quote followed by a boolean
/// tautology, a stacked statement, a comment after a quote, UNION SELECT, time-delay functions).
/// Values are always bound as SQL parameters, so such text could never change a query; refusing it
/// with a clear 400 tells the caller what is wrong instead of silently matching nothing. The
/// patterns are narrow on purpose: ordinary text with apostrophes ("'s-Hertogenbosch",
/// "Jansen's") passes.
/// </summary>
public static partial class SqlInjectionDetector
{
    public static bool LooksLikeInjection(string? text) =>
        !string.IsNullOrEmpty(text) && InjectionPattern().IsMatch(text);

    [GeneratedRegex(
        """'\s*(or|and)\s+('|\d|\w+\s*(=|<|>|like\b))|'\s*(--|#|/\*|;)|;\s*(select|insert|update|delete|drop|alter|create|truncate|exec|grant)\b|\bunion\s+(all\s+)?select\b|\b(pg_sleep|sleep|benchmark)\s*\(|\bwaitfor\s+delay\b""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex InjectionPattern();
}

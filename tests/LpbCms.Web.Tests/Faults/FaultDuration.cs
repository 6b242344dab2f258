using System.Globalization;

namespace LpbCms.Web.Tests.Faults;

/// <summary>
/// How long the load in a fault test runs: <c>LPBCMS_FAULT_SECONDS</c> when set (30 for the full
/// run the issue asks for), otherwise <paramref name="defaultSeconds"/> so the suite stays quick.
/// </summary>
internal static class FaultDuration
{
    public const string VariableName = "LPBCMS_FAULT_SECONDS";

    public static TimeSpan Get(int defaultSeconds) =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(defaultSeconds);
}

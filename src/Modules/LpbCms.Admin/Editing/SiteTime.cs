using System.Globalization;

namespace LpbCms.Admin.Editing;

/// <summary>
/// Date-times are stored in UTC (Orchard's format) and edited in Dutch local time
/// (Europe/Amsterdam, from the system's time zone data; UTC when that data is missing).
/// </summary>
public static class SiteTime
{
    private const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    public static TimeZoneInfo Zone { get; } = FindZone();

    public static bool IsDutch => Zone.Id != TimeZoneInfo.Utc.Id;

    public static string? ToLocalInput(string? stored) =>
        DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? TimeZoneInfo.ConvertTime(value, Zone).ToString(InputFormat, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The stored form (ISO-8601 UTC) of a datetime-local input; false when it is not a date-time.</summary>
    public static bool TryToStored(string input, out string stored)
    {
        stored = "";
        if (!DateTime.TryParse(input, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
        stored = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return true;
    }

    public static string Format(DateTime? utc) =>
        utc is { } value ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), Zone).ToString("d MMM yyyy HH:mm", Dutch) : "–";

    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}

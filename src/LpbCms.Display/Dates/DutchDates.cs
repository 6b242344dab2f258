using System.Globalization;

namespace LpbCms.Display.Dates;

/// <summary>
/// Dates as Dutch readers write them ("9 juli 2019"), in the Europe/Amsterdam time zone. Stored
/// dates are UTC; date-only values are stored at midnight UTC, which is the same day in Amsterdam.
/// </summary>
public static class DutchDates
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The local date and time in Amsterdam of a UTC (or unspecified, taken as UTC) instant.</summary>
    public static DateTime ToAmsterdam(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam);

    public static DateTime ToAmsterdam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Amsterdam).DateTime;

    /// <summary>"9 juli 2019".</summary>
    public static string Format(DateTime utc) => ToAmsterdam(utc).ToString("d MMMM yyyy", Culture);

    /// <summary>
    /// A span of days without repeating what both ends share: "19 tot en met 21 november 2014",
    /// "30 november tot en met 2 december 2025", "30 december 2025 tot en met 1 januari 2026"; one day is one date.
    /// </summary>
    public static string FormatRange(DateTime startUtc, DateTime endUtc)
    {
        var start = ToAmsterdam(startUtc).Date;
        var end = ToAmsterdam(endUtc).Date;
        if (end <= start)
        {
            return start.ToString("d MMMM yyyy", Culture);
        }

        var startText = start.Year != end.Year
            ? start.ToString("d MMMM yyyy", Culture)
            : start.Month != end.Month ? start.ToString("d MMMM", Culture) : start.ToString("%d", Culture);
        return $"{startText} tot en met {end.ToString("d MMMM yyyy", Culture)}";
    }

    /// <summary>Reads a date as stored in content JSON (ISO-8601, UTC); null when empty or not a date.</summary>
    public static DateTime? Parse(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : null;
}

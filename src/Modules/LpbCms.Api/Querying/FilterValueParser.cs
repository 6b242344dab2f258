using System.Globalization;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Storage;

namespace LpbCms.Api.Querying;

/// <summary>
/// Turns a filter's text into the typed value its field is indexed with; text that is not a valid
/// value for the field (for example SQL in a number filter) is refused, never sent to the database.
/// </summary>
public static class FilterValueParser
{
    /// <param name="indexKind">The field type's index column (its catalogue descriptor's), null when it is not indexed.</param>
    /// <param name="fieldType">The field type, for the error message.</param>
    public static bool TryParse(FieldIndexKind? indexKind, string fieldType, string text, FilterOperator op, out ContentFieldValue value, out string? error)
    {
        value = new ContentFieldValue();
        error = null;
        switch (indexKind)
        {
            case FieldIndexKind.Number:
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && op != FilterOperator.Contains)
                {
                    value = new ContentFieldValue(Number: number);
                    return true;
                }

                error = op == FilterOperator.Contains ? "'contains' does not apply to numbers." : $"'{text}' is not a number.";
                return false;
            case FieldIndexKind.Boolean:
                if (bool.TryParse(text, out var flag) && op is FilterOperator.Equal or FilterOperator.NotEqual)
                {
                    value = new ContentFieldValue(Boolean: flag);
                    return true;
                }

                error = $"A true/false field takes 'true' or 'false' with eq or ne, not '{text}'.";
                return false;
            case FieldIndexKind.Date:
                if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) && op != FilterOperator.Contains)
                {
                    value = new ContentFieldValue(Date: DateTime.SpecifyKind(date, DateTimeKind.Utc));
                    return true;
                }

                error = $"'{text}' is not an ISO-8601 date (or 'contains' was used on a date).";
                return false;
            case FieldIndexKind.Text:
                if (text.Length > 1000)
                {
                    error = "A filter value is at most 1000 characters.";
                    return false;
                }

                if (SqlInjectionDetector.LooksLikeInjection(text))
                {
                    error = "The value looks like an SQL injection attempt and is refused (values are never run as SQL).";
                    return false;
                }

                value = new ContentFieldValue(Text: text);
                return true;
            default:
                error = $"Fields of type {fieldType} are not indexed and cannot be filtered.";
                return false;
        }
    }
}

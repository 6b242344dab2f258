namespace LpbCms.Data.Entities;

/// <summary>
/// A filterable field value of one version (one row per value), maintained on save so lists can
/// filter and sort on custom fields in SQL.
/// </summary>
public sealed class ContentFieldIndexRecord
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public required string ContentType { get; set; }

    public required string PartName { get; set; }

    public required string FieldName { get; set; }

    public string? TextValue { get; set; }

    /// <summary>Stored as a double: SQLite cannot compare or order decimals in SQL.</summary>
    public double? NumberValue { get; set; }

    public DateTime? DateValue { get; set; }

    public bool? BooleanValue { get; set; }
}

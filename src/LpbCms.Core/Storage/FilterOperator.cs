namespace LpbCms.Core.Storage;

public enum FilterOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    Contains,

    /// <summary>The text value is one of <see cref="ContentFieldFilter.TextValues"/> (made by <see cref="ContentFieldFilter.TextIn"/>).</summary>
    In,

    /// <summary>Text starting with the value (case-insensitive, as <see cref="Contains"/>).</summary>
    StartsWith,

    /// <summary>Text ending with the value (case-insensitive, as <see cref="Contains"/>).</summary>
    EndsWith,
}

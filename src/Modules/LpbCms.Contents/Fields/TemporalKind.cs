namespace LpbCms.Contents.Fields;

/// <summary>What a temporal field stores in its ISO-8601 <c>Value</c>.</summary>
public enum TemporalKind
{
    /// <summary>DateField: a date (a date-time is accepted, as Orchard stores dates at midnight).</summary>
    Date,

    /// <summary>DateTimeField: a date and time.</summary>
    DateTime,

    /// <summary>TimeField: a time of day (<c>hh:mm[:ss]</c>).</summary>
    Time,
}

namespace LpbCms.Web.Tests.Faults;

/// <summary>A write the API answered 200 to: which item, the title it set, and when it started and ended (Stopwatch ticks).</summary>
internal sealed record AcknowledgedWrite(string ItemId, string Title, long Started, long Ended);

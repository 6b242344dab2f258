namespace LpbCms.Admin.Auditing;

/// <summary>A kind of audit actions for the audit trail's filter: its query value, Dutch label and actions.</summary>
public sealed record AuditActionKind(string Key, string Label, IReadOnlyList<string> Actions);

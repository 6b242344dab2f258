namespace LpbCms.Core.Auditing;

/// <summary>Stores and reads the audit trail; entries are never changed once written.</summary>
public interface IAuditStore
{
    /// <summary>Adds the entry within the current transaction, if any (so a rolled-back change leaves no entry).</summary>
    Task AddAsync(AuditEvent entry, CancellationToken ct = default);

    Task<(IReadOnlyList<AuditEvent> Items, int TotalCount)> QueryAsync(AuditQuery query, CancellationToken ct = default);
}

namespace LpbCms.Core.Changes;

/// <summary>
/// Appends rows to the change feed as part of the scope's open transaction: they are stored when
/// (and only if) that transaction commits. Without an open transaction the row is stored at once.
/// </summary>
public interface IChangeFeedWriter
{
    Task AppendAsync(ContentChange change, CancellationToken ct = default);
}

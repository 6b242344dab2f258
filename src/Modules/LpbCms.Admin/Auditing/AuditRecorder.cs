using System.Text.Json;
using LpbCms.Core.Auditing;
using LpbCms.Core.Contents;

namespace LpbCms.Admin.Auditing;

/// <summary>Writes audit entries for the current user (within the scope's transaction, when one is open).</summary>
public sealed class AuditRecorder(IAuditStore store, IContentUserAccessor user, TimeProvider clock)
{
    public Task RecordAsync(string action, ContentItem? item = null, object? details = null, CancellationToken ct = default) =>
        RecordAsAsync(action, user.UserId, user.UserName, item, details, ct);

    /// <summary>For events where the acting user is not (yet) the signed-in one, e.g. a sign-in.</summary>
    public Task RecordAsAsync(string action, string? userId, string? userName, ContentItem? item = null, object? details = null, CancellationToken ct = default) =>
        store.AddAsync(
            new AuditEvent
            {
                OccurredUtc = clock.GetUtcNow().UtcDateTime,
                Action = action,
                UserId = userId,
                UserName = userName,
                ContentItemId = item?.ContentItemId,
                ContentType = item?.ContentType,
                Details = details is null ? null : JsonSerializer.Serialize(details),
            },
            ct);
}

using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Admin.Auditing;

/// <summary>
/// Records content changes made by a signed-in user (admin or API) in the audit trail, inside the
/// change's own transaction. Changes without a user (setup, command-line recipes) are covered by
/// the recipe run's own entry instead of one entry per item.
/// </summary>
public sealed class AuditContentHandler(AuditRecorder recorder, IContentUserAccessor user) : IContentHandler
{
    public Task CreatedAsync(ContentContext context, CancellationToken ct) => RecordAsync(AuditActions.ContentCreated, context, ct);

    public Task UpdatedAsync(ContentContext context, CancellationToken ct) => RecordAsync(AuditActions.ContentUpdated, context, ct);

    public Task PublishedAsync(PublishContentContext context, CancellationToken ct) => RecordAsync(AuditActions.ContentPublished, context, ct);

    public Task UnpublishedAsync(PublishContentContext context, CancellationToken ct) => RecordAsync(AuditActions.ContentUnpublished, context, ct);

    public Task RemovedAsync(ContentContext context, CancellationToken ct) => RecordAsync(AuditActions.ContentDeleted, context, ct);

    private Task RecordAsync(string action, ContentContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (user.UserId is null)
        {
            return Task.CompletedTask;
        }

        var item = context.ContentItem;
        return recorder.RecordAsync(action, item, new { item.ContentItemVersionId, item.DisplayText }, ct);
    }
}

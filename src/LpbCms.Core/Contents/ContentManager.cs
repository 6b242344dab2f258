using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LpbCms.Core.Changes;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents;

/// <summary>
/// The content lifecycle with Orchard's versioning semantics (see <see cref="IContentManager"/>).
/// Every operation runs in one transaction (joining an outer one), calls the registered
/// <see cref="IContentHandler"/>s in the catalogue's order, stores versions with their field index rows
/// and appends the change-feed rows that describe it (see ContentManager.Changes.cs).
/// Split by concern: creating (this file), editing, status changes, copies and import.
/// </summary>
public sealed partial class ContentManager : IContentManager
{
    private readonly IContentStore _store;
    private readonly IContentDefinitionManager _definitions;
    private readonly IReadOnlyList<IContentHandler> _handlers;
    private readonly IContentCatalog _catalog;
    private readonly IUnitOfWork _unitOfWork;
    private readonly IContentUserAccessor _user;
    private readonly TimeProvider _clock;
    private readonly ContentChangeRecorder _changes;

    /// <summary>Versions handed out by <see cref="GetForEditAsync"/>, with the stored version they were copied from.</summary>
    private readonly ConditionalWeakTable<ContentItem, VersionSource> _editSources = [];

    public ContentManager(
        IContentStore store,
        IContentDefinitionManager definitions,
        IEnumerable<IContentHandler> handlers,
        IUnitOfWork unitOfWork,
        IContentUserAccessor user,
        TimeProvider clock,
        IContentCatalog catalog,
        ContentChangeRecorder changes)
    {
        _store = store;
        _definitions = definitions;
        _catalog = catalog;
        _handlers = catalog.Order(handlers);
        _unitOfWork = unitOfWork;
        _user = user;
        _clock = clock;
        _changes = changes;
    }

    public async Task<ContentItem> NewAsync(string contentType, CancellationToken ct = default)
    {
        var policy = await GetDefinedPolicyAsync(contentType, ct);
        var item = new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = contentType,
        };
        foreach (var part in policy.Type!.ContentTypePartDefinitionRecords)
        {
            item.Content[part.Name] = new JsonObject();
        }

        foreach (var field in policy.Fields)
        {
            if (item.Content[field.PartInstanceName] is JsonObject part)
            {
                part[field.Name] = new JsonObject();
            }
        }

        var context = new ContentContext(item, policy.Type);
        await InvokeAsync(h => h.InitializingAsync(context, ct));
        return item;
    }

    public async Task CreateAsync(ContentItem item, bool publish, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.DocumentId != 0)
        {
            throw new InvalidOperationException($"Content item '{item.ContentItemId}' is already stored; save or publish it instead of creating it.");
        }

        var policy = await GetDefinedPolicyAsync(item.ContentType, ct);
        EnsureIds(item);
        await using var transaction = await _unitOfWork.BeginAsync(ct);
        if (await _store.GetAsync(item.ContentItemId, VersionScope.Latest, ct) is not null)
        {
            throw new InvalidOperationException($"Content item '{item.ContentItemId}' already exists; save or publish a version of it instead.");
        }

        var now = Now();
        item.CreatedUtc = now;
        item.ModifiedUtc = now;
        item.PublishedUtc = publish ? now : null;
        item.Owner = _user.UserId ?? item.Owner;
        item.Author = _user.UserName ?? item.Author;
        await CreateVersionAsync(item, policy, publish, ct);
        await transaction.CommitAsync(ct);
    }

    public Task<ContentItem?> GetAsync(string contentItemId, VersionScope scope = VersionScope.Published, CancellationToken ct = default) =>
        _store.GetAsync(contentItemId, scope, ct);

    /// <summary>
    /// Stores the first version of a new item: Creating, Updating, Validating, (Publishing), store,
    /// Created, Updated, (Published). Dates, owner and author are set by the caller.
    /// </summary>
    private async Task CreateVersionAsync(ContentItem item, VersionPolicy policy, bool publish, CancellationToken ct)
    {
        item.DocumentId = 0;
        item.Revision = 0;
        item.Latest = true;
        item.Published = false;
        var context = new ContentContext(item, policy.Type);
        await InvokeAsync(h => h.CreatingAsync(context, ct));
        await InvokeAsync(h => h.UpdatingAsync(context, ct));
        await ValidateAsync(item, policy, ct);
        var publishContext = new PublishContentContext(item, policy.Type, previousPublished: null);
        if (publish)
        {
            await InvokeAsync(h => h.PublishingAsync(publishContext, ct));
            item.Published = true;
        }

        await WriteAsync(item, policy, ct);
        await RecordCreatedAsync(item, ct);
        await InvokeAsync(h => h.CreatedAsync(context, ct));
        await InvokeAsync(h => h.UpdatedAsync(context, ct));
        if (publish)
        {
            await InvokeAsync(h => h.PublishedAsync(publishContext, ct));
        }
    }

    private static void EnsureIds(ContentItem item)
    {
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = IdGenerator.NewId();
        }

        if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            item.ContentItemVersionId = IdGenerator.NewId();
        }
    }
}

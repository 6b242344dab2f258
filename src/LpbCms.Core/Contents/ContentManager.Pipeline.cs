using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Indexing;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents;

/// <summary>Shared steps: definitions, handler calls, validation and writing rows.</summary>
public sealed partial class ContentManager
{
    private DateTime Now() => _clock.GetUtcNow().UtcDateTime;

    private async Task<VersionPolicy> GetPolicyAsync(string contentType, CancellationToken ct) =>
        VersionPolicy.For(await _definitions.GetDocumentAsync(ct), contentType);

    /// <summary>The policy of a type that must be defined (creating, importing, cloning).</summary>
    private async Task<VersionPolicy> GetDefinedPolicyAsync(string contentType, CancellationToken ct)
    {
        var policy = await GetPolicyAsync(contentType, ct);
        if (policy.Type is null)
        {
            var message = string.IsNullOrEmpty(contentType)
                ? "The content item has no content type."
                : $"The content type '{contentType}' is not defined.";
            throw new ContentValidationException([new ContentValidationError(nameof(ContentItem.ContentType), message)]);
        }

        return policy;
    }

    private async Task InvokeAsync(Func<IContentHandler, Task> call)
    {
        foreach (var handler in _handlers)
        {
            await call(handler);
        }
    }

    /// <summary>Runs the Validating handlers and checks the field shapes; throws when anything is wrong.</summary>
    private async Task ValidateAsync(ContentItem item, VersionPolicy policy, CancellationToken ct)
    {
        var context = new ValidateContentContext(item, policy.Type);
        await InvokeAsync(h => h.ValidatingAsync(context, ct));
        // Handlers (e.g. the contents module's field validation) may already report a shape error the
        // index builder finds too; one message per location is enough.
        var errors = context.Errors.Concat(ContentFieldIndexBuilder.Build(item, policy.Fields, _catalog).Errors)
            .DistinctBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }
    }

    /// <summary>Stores a row with its field index (values of the wrong shape were refused by validation or are old history).</summary>
    private Task WriteAsync(ContentItem item, VersionPolicy policy, CancellationToken ct) =>
        _store.SaveAsync(item, ContentFieldIndexBuilder.Build(item, policy.Fields, _catalog).Entries, ct);

    /// <summary>Stores a row whose flags changed; a row that is neither latest nor published is deleted unless the type keeps history.</summary>
    private Task RetireAsync(ContentItem row, VersionPolicy policy, CancellationToken ct) =>
        !row.Latest && !row.Published && !policy.KeepsHistory
            ? _store.DeleteVersionAsync(row, ct)
            : WriteAsync(row, policy, ct);

    /// <summary>Sets the editor and modification date of a version about to be stored.</summary>
    private void StampEdit(ContentItem item)
    {
        item.ModifiedUtc = Now();
        item.Author = _user.UserName ?? item.Author;
    }

    /// <summary>Turns <paramref name="item"/> into a new, unsaved version of the same item, remembering where it came from.</summary>
    private void StartNewVersion(ContentItem item)
    {
        _editSources.AddOrUpdate(item, new VersionSource(item.ContentItemVersionId, item.Revision));
        item.ContentItemVersionId = IdGenerator.NewId();
        item.DocumentId = 0;
        item.Revision = 0;
        item.Latest = true;
        item.Published = false;
    }

    /// <summary>
    /// The currently published row, reusing an already loaded object for the same row (two objects
    /// for one row would make the second save a false conflict).
    /// </summary>
    private async Task<ContentItem?> GetPublishedAsync(string contentItemId, IEnumerable<ContentItem> loaded, CancellationToken ct)
    {
        var published = await _store.GetAsync(contentItemId, VersionScope.Published, ct);
        return published is null
            ? null
            : loaded.FirstOrDefault(r => r.ContentItemVersionId == published.ContentItemVersionId) ?? published;
    }

    private static ConcurrencyConflictException Conflict(string contentItemId, string reason) =>
        new($"Content item '{contentItemId}' {reason}; reload it and apply the change again.");
}

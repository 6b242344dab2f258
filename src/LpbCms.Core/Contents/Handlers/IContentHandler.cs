namespace LpbCms.Core.Contents.Handlers;

/// <summary>
/// Hooks into the content lifecycle. Modules register handlers for their parts and fields; the
/// content manager calls every handler in registration order. All methods default to no-ops.
/// </summary>
public interface IContentHandler
{
    /// <summary>A new item object was made for a type (before any data was set).</summary>
    Task InitializingAsync(ContentContext context, CancellationToken ct) => Task.CompletedTask;

    Task CreatingAsync(ContentContext context, CancellationToken ct) => Task.CompletedTask;

    Task CreatedAsync(ContentContext context, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A version is about to be stored (create, save draft, import): compute derived data, sanitize.</summary>
    Task UpdatingAsync(ContentContext context, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Check the version about to be stored; add errors to the context to refuse it.</summary>
    Task ValidatingAsync(ValidateContentContext context, CancellationToken ct) => Task.CompletedTask;

    Task UpdatedAsync(ContentContext context, CancellationToken ct) => Task.CompletedTask;

    Task PublishingAsync(PublishContentContext context, CancellationToken ct) => Task.CompletedTask;

    Task PublishedAsync(PublishContentContext context, CancellationToken ct) => Task.CompletedTask;

    Task UnpublishingAsync(PublishContentContext context, CancellationToken ct) => Task.CompletedTask;

    Task UnpublishedAsync(PublishContentContext context, CancellationToken ct) => Task.CompletedTask;

    Task RemovingAsync(ContentContext context, CancellationToken ct) => Task.CompletedTask;

    Task RemovedAsync(ContentContext context, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A clone was made (new ids); adjust what must be unique (e.g. paths).</summary>
    Task ClonedAsync(CloneContentContext context, CancellationToken ct) => Task.CompletedTask;
}

using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Data.Tests.Contents;

/// <summary>Records the lifecycle events it sees; refuses titles "ongeldig"; marks clones' titles.</summary>
internal sealed class RecordingContentHandler : IContentHandler
{
    public List<string> Events { get; } = [];

    public Task CreatingAsync(ContentContext context, CancellationToken ct) => Record("Creating");

    public Task CreatedAsync(ContentContext context, CancellationToken ct) => Record("Created");

    public Task UpdatingAsync(ContentContext context, CancellationToken ct)
    {
        // Derived data, as TitlePart does: DisplayText follows the title.
        context.ContentItem.DisplayText = context.ContentItem.Content["TitlePart"]?["Title"]?.GetValue<string>();
        return Record("Updating");
    }

    public Task ValidatingAsync(ValidateContentContext context, CancellationToken ct)
    {
        if (context.ContentItem.DisplayText == "ongeldig")
        {
            context.Fail("TitlePart.Title", "Deze titel is niet toegestaan.");
        }

        return Record("Validating");
    }

    public Task UpdatedAsync(ContentContext context, CancellationToken ct) => Record("Updated");

    public Task PublishingAsync(PublishContentContext context, CancellationToken ct) => Record("Publishing");

    public Task PublishedAsync(PublishContentContext context, CancellationToken ct) => Record("Published");

    public Task UnpublishingAsync(PublishContentContext context, CancellationToken ct) => Record("Unpublishing");

    public Task UnpublishedAsync(PublishContentContext context, CancellationToken ct) => Record("Unpublished");

    public Task RemovingAsync(ContentContext context, CancellationToken ct) => Record("Removing");

    public Task RemovedAsync(ContentContext context, CancellationToken ct) => Record("Removed");

    public Task ClonedAsync(CloneContentContext context, CancellationToken ct)
    {
        context.ContentItem.Content["TitlePart"]!["Title"] = context.Original.DisplayText + " (kopie)";
        return Record("Cloned");
    }

    private Task Record(string name)
    {
        Events.Add(name);
        return Task.CompletedTask;
    }
}

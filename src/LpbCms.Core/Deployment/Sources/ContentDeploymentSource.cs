using System.Text.Json;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Deployment.Sources;

/// <summary>
/// <c>content</c> steps with the items' versions in storage order, so an import replays them as
/// they were made (an older version before the newer one, a published version before its draft).
/// Read a page at a time by keyset and written straight out; one step per
/// <see cref="DeploymentPackage.ContentStepSize"/> items keeps an import's steps small.
/// </summary>
public sealed class ContentDeploymentSource(IContentStore store) : IDeploymentSource
{
    public int Order => 600;

    public async Task WriteStepsAsync(DeploymentExportContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var writer = context.Writer;
        var currentOnly = context.Versions == DeploymentVersions.Latest;
        var after = 0L;
        var inStep = 0;
        while (true)
        {
            var page = await store.ListVersionsAfterAsync(after, DeploymentPackage.ContentStepSize, currentOnly, ct);
            foreach (var item in page)
            {
                if (inStep == 0)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", "content");
                    writer.WriteStartArray("Data");
                }

                JsonSerializer.Serialize(writer, item, ContentItemJson.Options);
                after = item.DocumentId;
                if (++inStep == DeploymentPackage.ContentStepSize)
                {
                    EndStep(writer);
                    inStep = 0;
                }

                await context.FlushIfFullAsync(ct);
            }

            if (page.Count < DeploymentPackage.ContentStepSize)
            {
                break;
            }
        }

        if (inStep > 0)
        {
            EndStep(writer);
        }
    }

    private static void EndStep(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

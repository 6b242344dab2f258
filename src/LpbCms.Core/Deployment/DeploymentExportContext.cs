using System.Text.Json;

namespace LpbCms.Core.Deployment;

/// <summary>What a <see cref="IDeploymentSource"/> writes its steps with: the open <c>steps</c> array of Recipe.json.</summary>
public sealed class DeploymentExportContext
{
    /// <summary>Bytes the JSON writer may buffer before they go out into the zip.</summary>
    private const int FlushThreshold = 64 * 1024;

    public required Utf8JsonWriter Writer { get; init; }

    public required DeploymentVersions Versions { get; init; }

    /// <summary>Sources call this between items, so the writer never holds more than a page of output.</summary>
    public async ValueTask FlushIfFullAsync(CancellationToken ct = default)
    {
        if (Writer.BytesPending >= FlushThreshold)
        {
            await Writer.FlushAsync(ct);
        }
    }
}

using System.Text.Json;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Deployment.Sources;

/// <summary>A <c>ContentDefinition</c> step with every type and every part, in Orchard's shape.</summary>
public sealed class ContentDefinitionDeploymentSource(IContentDefinitionManager definitions) : IDeploymentSource
{
    public int Order => 100;

    public async Task WriteStepsAsync(DeploymentExportContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = await definitions.GetDocumentAsync(ct);
        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", "ContentDefinition");
        writer.WritePropertyName("ContentTypes");
        JsonSerializer.Serialize(writer, document.ContentTypes.OrderBy(t => t.Name, StringComparer.Ordinal), ContentDefinitionJson.Options);
        writer.WritePropertyName("ContentParts");
        JsonSerializer.Serialize(writer, document.ContentParts.OrderBy(p => p.Name, StringComparer.Ordinal), ContentDefinitionJson.Options);
        writer.WriteEndObject();
    }
}

using LpbCms.Core.Deployment;
using LpbCms.Users.OpenId;

namespace LpbCms.Users.Deployment;

/// <summary>
/// One <c>OpenIdApplication</c> step per API client, without its secret: OpenIddict keeps only a
/// hash, and a backup file must not carry credentials. Restored clients get a new secret.
/// </summary>
public sealed class ApiClientsDeploymentSource(ApiClientManager clients) : IDeploymentSource
{
    public int Order => 400;

    public async Task WriteStepsAsync(DeploymentExportContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var writer = context.Writer;
        foreach (var client in await clients.ListAsync(ct))
        {
            writer.WriteStartObject();
            writer.WriteString("name", "OpenIdApplication");
            writer.WriteString("ClientId", client.ClientId);
            writer.WriteString("DisplayName", client.DisplayName);
            writer.WriteString("Type", "confidential");
            writer.WriteBoolean("AllowClientCredentialsFlow", true);
            writer.WriteStartArray("RoleEntries");
            foreach (var role in client.Roles.Order(StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("Name", role);
                writer.WriteBoolean("Selected", true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}

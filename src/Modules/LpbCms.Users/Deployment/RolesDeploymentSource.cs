using LpbCms.Core.Deployment;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace LpbCms.Users.Deployment;

/// <summary>Orchard's <c>Roles</c> step with every role, its description and its permissions.</summary>
public sealed class RolesDeploymentSource(RoleManager<LpbRole> roles) : IDeploymentSource
{
    public int Order => 300;

    public async Task WriteStepsAsync(DeploymentExportContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A handful of rows; Identity's IQueryable is enumerated as it is elsewhere in the module.
        var all = roles.Roles.OrderBy(r => r.Name).ToList();
        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", "Roles");
        writer.WriteStartArray("Roles");
        foreach (var role in all)
        {
            var permissions = (await roles.GetClaimsAsync(role))
                .Where(c => c.Type == LpbRole.PermissionClaimType)
                .Select(c => c.Value)
                .Order(StringComparer.Ordinal);
            writer.WriteStartObject();
            writer.WriteString("Name", role.Name);
            writer.WriteString("Description", role.Description);
            writer.WriteStartArray("Permissions");
            foreach (var permission in permissions)
            {
                writer.WriteStringValue(permission);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

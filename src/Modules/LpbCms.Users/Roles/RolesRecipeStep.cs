using System.Text.Json.Nodes;
using LpbCms.Core.Recipes;
using LpbCms.Users.Identity;
using LpbCms.Users.Permissions;
using Microsoft.Extensions.Logging;

namespace LpbCms.Users.Roles;

/// <summary>
/// Orchard's <c>Roles</c> step: <c>{"name":"Roles","Roles":[{"Name","Description","Permissions":[…]}]}</c>.
/// Missing roles are created (with their stereotype's defaults); listed permissions are added to
/// what the role holds, so an empty list keeps the existing permissions.
/// </summary>
public sealed class RolesRecipeStep(RoleProvisioner roles, PermissionCatalog catalog, ILogger<RolesRecipeStep> logger) : IRecipeStepHandler
{
    public string StepName => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RecipeJson.Get(context.Step, "Roles") is not JsonArray entries)
        {
            throw context.Error("Roles", "The step needs a 'Roles' array.");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"Roles[{i}]";
            if (entries[i] is not JsonObject entry)
            {
                throw context.Error(path, "Each role must be an object with a 'Name'.");
            }

            var name = ReadText(context, RecipeJson.Get(entry, "Name"), path + ".Name")?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                throw context.Error(path + ".Name", "A role needs a non-empty 'Name'.");
            }

            var description = ReadText(context, RecipeJson.Get(entry, "Description"), path + ".Description");
            var permissions = ReadPermissions(context, entry, path);
            LogUndeclared(name, permissions);
            try
            {
                await roles.EnsureRoleAsync(name, description, permissions, ct);
            }
            catch (IdentityOperationException ex)
            {
                throw context.Error(path, ex.Message, ex);
            }
        }
    }

    private static List<string> ReadPermissions(RecipeStepContext context, JsonObject entry, string path)
    {
        var node = RecipeJson.Get(entry, "Permissions");
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            throw context.Error(path + ".Permissions", "'Permissions' must be an array of permission names.");
        }

        var names = new List<string>(array.Count);
        for (var j = 0; j < array.Count; j++)
        {
            var permissionPath = $"{path}.Permissions[{j}]";
            var permission = ReadText(context, array[j], permissionPath);
            if (string.IsNullOrWhiteSpace(permission))
            {
                throw context.Error(permissionPath, "A permission must be a non-empty name.");
            }

            names.Add(permission);
        }

        return names;
    }

    private static string? ReadText(RecipeStepContext context, JsonNode? node, string path)
    {
        try
        {
            return RecipeJson.ReadString(node);
        }
        catch (FormatException ex)
        {
            throw context.Error(path, ex.Message, ex);
        }
    }

    private void LogUndeclared(string role, IEnumerable<string> permissions)
    {
        // Orchard recipes name permissions of modules we do not have; they are kept, as Orchard keeps them.
        var undeclared = permissions.Where(p => catalog.Find(p) is null).ToList();
        if (undeclared.Count > 0)
        {
            logger.LogInformation("Role {Role}: keeping permissions no module declares: {Permissions}", role, string.Join(", ", undeclared));
        }
    }
}

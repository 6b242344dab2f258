using System.Text.Json.Nodes;
using LpbCms.Core.Recipes;

namespace LpbCms.Users.OpenId;

/// <summary>
/// Orchard's <c>OpenIdApplication</c> step for API clients:
/// <c>{"name":"OpenIdApplication","ClientId","DisplayName","Type":"confidential","ClientSecret",
/// "AllowClientCredentialsFlow":true,"RoleEntries":[{"Name":"Editor","Selected":true}]}</c>
/// (a plain <c>"Roles":["Editor"]</c> array works too). Every <c>RoleEntries</c> name is granted, as
/// in Orchard, except an entry with <c>"Selected": false</c>. Only confidential clients with the client
/// credentials flow exist here; a step asking for anything else fails rather than half-working.
/// Without a <c>ClientSecret</c> (a backup) a new client is created with a new secret, reported
/// once in the recipe's warnings; an existing client id is then refused.
/// </summary>
public sealed class OpenIdApplicationRecipeStep(ApiClientManager clients) : IRecipeStepHandler
{
    public string StepName => "OpenIdApplication";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var clientId = Text(context, step, "ClientId");
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw context.Error("ClientId", "The step needs a 'ClientId'.");
        }

        var type = Text(context, step, "Type") ?? "confidential";
        if (!string.Equals(type, "confidential", StringComparison.OrdinalIgnoreCase))
        {
            throw context.Error("Type", $"Only confidential clients are supported, not '{type}'.");
        }

        if (!RecipeJson.ReadBool(RecipeJson.Get(step, "AllowClientCredentialsFlow")))
        {
            throw context.Error("AllowClientCredentialsFlow", "Only the client credentials flow is supported; set 'AllowClientCredentialsFlow' to true.");
        }

        var secret = Text(context, step, "ClientSecret");
        var roles = ReadRoles(context, step);
        var displayName = Text(context, step, "DisplayName") ?? clientId;
        try
        {
            if (string.IsNullOrWhiteSpace(secret))
            {
                // A backup holds no secrets: the client gets a new one, shown once in the result
                // (as the admin shows a new client's secret once), never logged.
                var created = await clients.CreateAsync(clientId.Trim(), displayName, roles, ct);
                context.Execution.Warn($"API client '{created.Client.ClientId}' had no secret in the recipe and was created with a new one, shown only now: {created.ClientSecret}");
                return;
            }

            await clients.SaveAsync(clientId.Trim(), displayName, secret, roles, ct);
        }
        catch (ArgumentException ex)
        {
            throw context.Error("", ex.Message, ex);
        }
    }

    private static List<string> ReadRoles(RecipeStepContext context, JsonObject step)
    {
        var roles = new List<string>();
        if (RecipeJson.Get(step, "RoleEntries") is JsonArray entries)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i] is not JsonObject entry)
                {
                    throw context.Error($"RoleEntries[{i}]", "Each role entry must be an object with 'Name' and 'Selected'.");
                }

                // Orchard grants every listed name; only an entry explicitly not selected is left out.
                var selected = RecipeJson.ReadBool(RecipeJson.Get(entry, "Selected"), fallback: true);
                if (selected && Text(context, entry, "Name", $"RoleEntries[{i}].") is { Length: > 0 } name)
                {
                    roles.Add(name);
                }
            }
        }

        roles.AddRange(RecipeJson.ReadStringList(RecipeJson.Get(step, "Roles")));
        return roles;
    }

    private static string? Text(RecipeStepContext context, JsonObject obj, string key, string pathPrefix = "")
    {
        try
        {
            return RecipeJson.ReadString(RecipeJson.Get(obj, key));
        }
        catch (FormatException ex)
        {
            throw context.Error(pathPrefix + key, ex.Message, ex);
        }
    }
}

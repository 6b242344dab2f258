using LpbCms.Core.Security;

namespace LpbCms.Api;

/// <summary>The API module's permissions, required on its route groups on top of the per-item content checks.</summary>
public sealed class ApiPermissions : IPermissionProvider
{
    public static readonly Permission AccessContentApi = new("AccessContentApi", "Access the content API");
    public static readonly Permission ExecuteGraphQL = new("ExecuteGraphQL", "Execute GraphQL queries");

    public IEnumerable<Permission> GetPermissions() => [AccessContentApi, ExecuteGraphQL];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes() =>
        [PermissionStereotype.Of(StandardRoles.Editor, AccessContentApi, ExecuteGraphQL)];
}

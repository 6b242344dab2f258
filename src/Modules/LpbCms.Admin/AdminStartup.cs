using LpbCms.Admin.Auditing;
using LpbCms.Admin.Endpoints;
using LpbCms.Admin.Identity;
using LpbCms.Admin.Security;
using LpbCms.Admin.Services;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Messaging;
using LpbCms.Core.Security;
using LpbCms.Web.Abstractions;
using LpbCms.Web.Abstractions.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpbCms.Admin;

/// <summary>
/// The admin at <c>/admin</c>: sign-in, content editing, users and roles, types, recipes and the
/// audit trail, as Razor Pages. Every page under <c>Pages/Admin</c> requires <c>AccessAdminPanel</c>
/// except the sign-in pages; each page checks its own further permission on the server.
/// </summary>
public sealed class AdminStartup : IModuleStartup
{
    public string Name => "LpbCms.Admin";

    /// <summary>
    /// Contents: the editors validate and save through its parts and fields. Users: the admin adjusts
    /// its Identity registration (cookie paths, Dutch errors), signs in through it and checks its
    /// <c>ManageUsers</c>/<c>ManageRoles</c>. Media: the media pages use its library and check <c>ManageMedia</c>.
    /// </summary>
    public IReadOnlyList<string> Dependencies { get; } = ["LpbCms.Contents", "LpbCms.Users", "LpbCms.Media"];

    public IReadOnlyList<string> Features { get; } = ["OrchardCore.Admin", "OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.AuditTrail"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", PermissionPolicy.For(AdminPermissions.AccessAdminPanel));
            foreach (var (folder, permission) in AdminFolderPermissions.All)
            {
                options.Conventions.AuthorizeFolder(folder, PermissionPolicy.For(permission));
            }

            foreach (var page in AdminPaths.AnonymousPages)
            {
                options.Conventions.AllowAnonymousToPage(page);
            }
        })
        .ConfigureApplicationPartManager(manager =>
        {
            var assembly = typeof(AdminStartup).Assembly;
            if (!manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
            {
                manager.ApplicationParts.Add(new AssemblyPart(assembly));
            }
        });

        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            options.LoginPath = AdminPaths.Login;
            options.LogoutPath = AdminPaths.Logout;
            options.AccessDeniedPath = AdminPaths.AccessDenied;
        });
        services.Replace(ServiceDescriptor.Scoped<IdentityErrorDescriber, DutchIdentityErrorDescriber>());
        services.TryAddScoped<IEmailSender, LoggingEmailSender>();

        services.AddPermissionProvider<AdminPermissions>();
        services.AddContentSecurityPolicy(AdminPaths.Root, AdminContentSecurityPolicy.Policy);
        services.AddSignInThrottle(new SignInEndpoint("admin-login", AdminPaths.Login, nameof(Pages.Admin.LoginModel.UserName)));
        // Each request sends an e-mail: limited like a sign-in, so nobody floods an inbox through it.
        services.AddSignInThrottle(new SignInEndpoint("forgot-password", AdminPaths.ForgotPassword, nameof(Pages.Admin.ForgotPasswordModel.Email)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentHandler, AuditContentHandler>());
        services.TryAddScoped<AuditRecorder>();
        services.TryAddSingleton<AdminAssetCatalog>();
        services.TryAddScoped<ContentTypeCatalog>();
        services.TryAddScoped<ContentEditorBuilder>();
        services.TryAddScoped<ContentActionAuthorizer>();
        services.TryAddScoped<ContentListService>();
        services.TryAddScoped<ItemFormFactory>();
        services.TryAddScoped<PermissionListing>();
        services.TryAddScoped<UserAdministration>();
        services.TryAddScoped<RoleAdministration>();
        services.TryAddScoped<RecipeUploadRunner>();
        services.TryAddScoped<ApiClientAdministration>();
        services.TryAddScoped<RecipeExporter>();
        services.TryAddScoped<ContentTypeEditor>();
    }

    public void Configure(IApplicationBuilder app) => app.UseAdminSecurityHeaders();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapAdminAssets();
    }
}

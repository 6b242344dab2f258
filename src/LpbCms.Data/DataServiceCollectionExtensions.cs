using LpbCms.Core.Auditing;
using LpbCms.Core.Changes;
using LpbCms.Core.Contents.Indexing;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using LpbCms.Data.Stores;
using LpbCms.Data.Transactions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data;

/// <summary>Registrations shared by every provider; provider projects call this after adding their context.</summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddLpbDataServices<TContext>(this IServiceCollection services)
        where TContext : LpbDbContext
    {
        services.AddScoped<LpbDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IContentStore, EfContentStore>();
        services.AddScoped<IContentFieldIndexStore, EfContentFieldIndexStore>();
        services.AddScoped<IDocumentStore, EfDocumentStore>();
        services.AddScoped<IAuditStore, EfAuditStore>();
        services.AddScoped<IChangeFeedWriter, EfChangeFeedWriter>();
        services.AddScoped<EfChangeFeed>();
        services.AddScoped<IChangeFeed>(sp => sp.GetRequiredService<EfChangeFeed>());
        services.AddScoped<IChangeFeedPruner>(sp => sp.GetRequiredService<EfChangeFeed>());
        services.AddScoped<IChangeFeedCursorStore, EfChangeFeedCursorStore>();
        services.AddScoped<IUserStore<LpbUser>, UserStore<LpbUser, LpbRole, LpbDbContext, string>>();
        services.AddScoped<IRoleStore<LpbRole>, RoleStore<LpbRole, LpbDbContext, string>>();

        // OpenIddict's EF stores over our context, so the users module registers OpenIddict without naming the context.
        services.AddOpenIddict().AddCore(options => options.UseEntityFrameworkCore().UseDbContext<LpbDbContext>());
        return services;
    }
}

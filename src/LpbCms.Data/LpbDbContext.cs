using LpbCms.Core.Security;
using LpbCms.Data.Configuration;
using LpbCms.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data;

/// <summary>
/// The database: content versions, the field index, JSON documents, the audit trail, the change feed, ASP.NET Core
/// Identity's tables and OpenIddict's tables. Each provider derives its own context (with its own migrations) from this one.
/// </summary>
public abstract class LpbDbContext : IdentityDbContext<LpbUser, LpbRole, string>
{
    protected LpbDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<ContentFieldIndexRecord> ContentFieldIndex => Set<ContentFieldIndexRecord>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    public DbSet<ContentChangeRecord> ContentChanges => Set<ContentChangeRecord>();

    public DbSet<ContentChangeCursorRecord> ContentChangeCursors => Set<ContentChangeCursorRecord>();

    /// <summary>The column type for JSON documents on this provider.</summary>
    protected abstract string JsonColumnType { get; }

    /// <summary>
    /// Called in the transaction just before change-feed rows are inserted and the transaction
    /// commits: where writers can commit concurrently, it must make them take sequence numbers in
    /// commit order (see EfChangeFeedWriter). SQLite has a single writer, so nothing is needed there.
    /// </summary>
    protected internal virtual Task SerializeChangeFeedAppendsAsync(CancellationToken ct) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ContentItemRecordConfiguration(JsonColumnType));
        builder.ApplyConfiguration(new ContentFieldIndexRecordConfiguration());
        builder.ApplyConfiguration(new DocumentRecordConfiguration(JsonColumnType));
        builder.ApplyConfiguration(new AuditEventRecordConfiguration());
        builder.ApplyConfiguration(new ContentChangeRecordConfiguration());
        builder.ApplyConfiguration(new ContentChangeCursorRecordConfiguration());

        // OpenIddict's applications, authorizations, scopes and tokens (API clients, issue 5).
        builder.UseOpenIddict();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Every date we store is UTC; reading it back must say so (PostgreSQL's timestamptz demands it).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

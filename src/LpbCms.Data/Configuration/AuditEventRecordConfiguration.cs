using LpbCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpbCms.Data.Configuration;

internal sealed class AuditEventRecordConfiguration : IEntityTypeConfiguration<AuditEventRecord>
{
    public void Configure(EntityTypeBuilder<AuditEventRecord> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.UserName).HasMaxLength(255);
        builder.Property(e => e.ContentItemId).HasMaxLength(64);
        builder.Property(e => e.ContentType).HasMaxLength(255);
        builder.Property(e => e.Details).HasMaxLength(4000);
        builder.HasIndex(e => e.OccurredUtc);
        builder.HasIndex(e => new { e.Action, e.OccurredUtc });
        builder.HasIndex(e => new { e.UserName, e.OccurredUtc });
        builder.HasIndex(e => e.ContentItemId);
    }
}

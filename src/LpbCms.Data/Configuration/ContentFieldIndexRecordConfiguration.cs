using LpbCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpbCms.Data.Configuration;

internal sealed class ContentFieldIndexRecordConfiguration : IEntityTypeConfiguration<ContentFieldIndexRecord>
{
    public void Configure(EntityTypeBuilder<ContentFieldIndexRecord> builder)
    {
        builder.ToTable("ContentFieldIndex");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ContentType).HasMaxLength(255);
        builder.Property(e => e.PartName).HasMaxLength(255);
        builder.Property(e => e.FieldName).HasMaxLength(255);
        builder.Property(e => e.TextValue).HasMaxLength(1024);
        builder.HasOne<ContentItemRecord>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(e => new { e.DocumentId, e.PartName, e.FieldName });
        builder.HasIndex(e => new { e.PartName, e.FieldName, e.TextValue });
        builder.HasIndex(e => new { e.PartName, e.FieldName, e.NumberValue });
        builder.HasIndex(e => new { e.PartName, e.FieldName, e.DateValue });
    }
}

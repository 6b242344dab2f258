using LpbCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpbCms.Data.Configuration;

internal sealed class ContentItemRecordConfiguration(string jsonColumnType) : IEntityTypeConfiguration<ContentItemRecord>
{
    public void Configure(EntityTypeBuilder<ContentItemRecord> builder)
    {
        builder.ToTable("ContentItemIndex");
        builder.HasKey(e => e.DocumentId);
        builder.Property(e => e.DocumentId).ValueGeneratedOnAdd();
        builder.Property(e => e.ContentItemId).HasMaxLength(26);
        builder.Property(e => e.ContentItemVersionId).HasMaxLength(26);
        builder.Property(e => e.ContentType).HasMaxLength(255);
        builder.Property(e => e.DisplayText).HasMaxLength(1024);
        builder.Property(e => e.Owner).HasMaxLength(255);
        builder.Property(e => e.Author).HasMaxLength(255);
        builder.Property(e => e.Path).HasMaxLength(1024);
        builder.Property(e => e.Content).HasColumnType(jsonColumnType);
        builder.Property(e => e.Revision).IsConcurrencyToken();

        builder.HasIndex(e => e.ContentItemVersionId).IsUnique();
        builder.HasIndex(e => new { e.ContentItemId, e.Latest, e.Published });
        builder.HasIndex(e => new { e.ContentType, e.Published, e.Latest, e.PublishedUtc });
        builder.HasIndex(e => new { e.Path, e.Published, e.Latest });
        builder.HasIndex(e => new { e.Owner, e.Latest });
    }
}

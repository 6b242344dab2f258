using LpbCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpbCms.Data.Configuration;

internal sealed class ContentChangeCursorRecordConfiguration : IEntityTypeConfiguration<ContentChangeCursorRecord>
{
    public void Configure(EntityTypeBuilder<ContentChangeCursorRecord> builder)
    {
        // EfChangeFeedCursorStore names this table and its columns in its upsert statement.
        builder.ToTable("ContentChangeCursors");
        builder.HasKey(e => e.Consumer);
        builder.Property(e => e.Consumer).HasMaxLength(200);
    }
}

using LpbCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LpbCms.Data.Configuration;

internal sealed class DocumentRecordConfiguration(string jsonColumnType) : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(e => e.Name);
        builder.Property(e => e.Name).HasMaxLength(255);
        builder.Property(e => e.Content).HasColumnType(jsonColumnType);
        builder.Property(e => e.VersionStamp).HasMaxLength(64);
    }
}

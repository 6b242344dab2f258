using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LpbCms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentChangeCursors",
                columns: table => new
                {
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentChangeCursors", x => x.Consumer);
                });

            migrationBuilder.CreateTable(
                name: "ContentChanges",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentChanges", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentChanges_OccurredUtc",
                table: "ContentChanges",
                column: "OccurredUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentChangeCursors");

            migrationBuilder.DropTable(
                name: "ContentChanges");
        }
    }
}

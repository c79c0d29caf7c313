using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TravelCorridor.Membership.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangedBy",
                table: "trusted_keys",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChangedBy",
                table: "member_states",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChangedBy",
                table: "corridors",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "superseded_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AggregateKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LosingOrigin = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    WinningOrigin = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_superseded_changes", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "superseded_changes");

            migrationBuilder.DropColumn(
                name: "ChangedBy",
                table: "trusted_keys");

            migrationBuilder.DropColumn(
                name: "ChangedBy",
                table: "member_states");

            migrationBuilder.DropColumn(
                name: "ChangedBy",
                table: "corridors");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ItemFilesContactsProtocolReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SignedBackBy",
                table: "Protocols",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SignedBackOn",
                table: "Protocols",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SignedBackRecordedAt",
                table: "Protocols",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedCopyName",
                table: "Protocols",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedCopySha256",
                table: "Protocols",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ItemContacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemContacts_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ItemFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemFiles_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ItemContacts_At",
                table: "ItemContacts",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ItemContacts_ItemId",
                table: "ItemContacts",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemFiles_ItemId",
                table: "ItemFiles",
                column: "ItemId");

            // Calls logged before contacts existed live only in the history: each becomes its phone contact.
            migrationBuilder.Sql("""
                INSERT INTO ItemContacts (ItemId, Channel, Direction, Outcome, Note, Actor, At)
                SELECT ItemId, 'phone', 'out', COALESCE(json_extract(ChangesJson, '$.callOutcome'), ''), Note, Actor, At
                FROM ItemHistory WHERE "Trigger" = 'LogCall' ORDER BY Id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemContacts");

            migrationBuilder.DropTable(
                name: "ItemFiles");

            migrationBuilder.DropColumn(
                name: "SignedBackBy",
                table: "Protocols");

            migrationBuilder.DropColumn(
                name: "SignedBackOn",
                table: "Protocols");

            migrationBuilder.DropColumn(
                name: "SignedBackRecordedAt",
                table: "Protocols");

            migrationBuilder.DropColumn(
                name: "SignedCopyName",
                table: "Protocols");

            migrationBuilder.DropColumn(
                name: "SignedCopySha256",
                table: "Protocols");
        }
    }
}

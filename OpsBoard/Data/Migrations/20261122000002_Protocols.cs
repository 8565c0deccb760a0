using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsBoard.Data.Migrations;

/// <summary>Sending protocols: numbered batches of stories sent to the broker, with each story as it was sent.</summary>
[DbContext(typeof(OpsBoardDbContext))]
[Migration("20261122000002_Protocols")]
public sealed class Protocols : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Protocols",
            columns: table => new
            {
                Number = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                CreatedAt = table.Column<long>(nullable: false),
                Sender = table.Column<string>(maxLength: 64, nullable: false),
                SenderName = table.Column<string>(maxLength: 128, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Protocols", x => x.Number));

        migrationBuilder.CreateTable(
            name: "ProtocolStories",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                ProtocolNumber = table.Column<long>(nullable: false),
                Position = table.Column<int>(nullable: false),
                ItemId = table.Column<long>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Client = table.Column<string>(nullable: false),
                Documents = table.Column<string>(nullable: false),
                Notes = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProtocolStories", x => x.Id);
                table.ForeignKey("FK_ProtocolStories_Items_ItemId", x => x.ItemId, "Items", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProtocolStories_Protocols_ProtocolNumber", x => x.ProtocolNumber, "Protocols", "Number", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ProtocolStories_ItemId", "ProtocolStories", "ItemId");
        migrationBuilder.CreateIndex("IX_ProtocolStories_ProtocolNumber_Position", "ProtocolStories", ["ProtocolNumber", "Position"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ProtocolStories");
        migrationBuilder.DropTable("Protocols");
    }
}

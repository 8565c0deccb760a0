using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsBoard.Data.Migrations;

/// <summary>Items, their append-only history, and users. Written by hand: the schema test keeps it equal to the model.</summary>
[DbContext(typeof(OpsBoardDbContext))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Items",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Type = table.Column<string>(maxLength: 32, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                State = table.Column<string>(maxLength: 64, nullable: false),
                Version = table.Column<int>(nullable: false),
                Assignee = table.Column<string>(maxLength: 64, nullable: true),
                QueueKey = table.Column<string>(maxLength: 64, nullable: true),
                Fields = table.Column<string>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                UpdatedAt = table.Column<long>(nullable: false),
                DoneAt = table.Column<long>(nullable: true),
                SlaStartedAt = table.Column<long>(nullable: true),
                SlaWarnAt = table.Column<long>(nullable: true),
                SlaDueAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Items", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ItemHistory",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                ItemId = table.Column<long>(nullable: false),
                ItemType = table.Column<string>(maxLength: 32, nullable: false),
                Version = table.Column<int>(nullable: false),
                At = table.Column<long>(nullable: false),
                Actor = table.Column<string>(maxLength: 64, nullable: false),
                Trigger = table.Column<string>(maxLength: 64, nullable: false),
                FromState = table.Column<string>(maxLength: 64, nullable: false),
                ToState = table.Column<string>(maxLength: 64, nullable: false),
                Note = table.Column<string>(nullable: true),
                ChangesJson = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ItemHistory", x => x.Id);
                table.ForeignKey("FK_ItemHistory_Items_ItemId", x => x.ItemId, "Items", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Users",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                UserName = table.Column<string>(maxLength: 64, nullable: false),
                DisplayName = table.Column<string>(maxLength: 128, nullable: false),
                PasswordHash = table.Column<string>(nullable: false),
                Roles = table.Column<string>(maxLength: 256, nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Users", x => x.Id));

        migrationBuilder.CreateIndex("IX_Items_QueueKey_Assignee_SlaDueAt", "Items", ["QueueKey", "Assignee", "SlaDueAt"]);
        migrationBuilder.CreateIndex("IX_Items_Type_State", "Items", ["Type", "State"]);
        migrationBuilder.CreateIndex("IX_Items_DoneAt", "Items", "DoneAt");
        migrationBuilder.CreateIndex("IX_ItemHistory_ItemId", "ItemHistory", "ItemId");
        migrationBuilder.CreateIndex("IX_ItemHistory_At", "ItemHistory", "At");
        migrationBuilder.CreateIndex("IX_Users_UserName", "Users", "UserName", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ItemHistory");
        migrationBuilder.DropTable("Users");
        migrationBuilder.DropTable("Items");
    }
}

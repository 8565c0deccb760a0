using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsBoard.Data.Migrations;

/// <summary>The collections desk's unidentified deposits. Written by hand: the schema test keeps it equal to the model.</summary>
[DbContext(typeof(OpsBoardDbContext))]
[Migration("20261122000003_Collections")]
public sealed class Collections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "UnidentifiedDeposits",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                ReceivedAt = table.Column<long>(nullable: false),
                Amount = table.Column<decimal>(nullable: false),
                Reference = table.Column<string>(maxLength: 200, nullable: false),
                Channel = table.Column<string>(maxLength: 64, nullable: true),
                DueAt = table.Column<long>(nullable: false),
                RegisteredBy = table.Column<string>(maxLength: 64, nullable: false),
                MatchedItemId = table.Column<long>(nullable: true),
                MatchedBy = table.Column<string>(maxLength: 64, nullable: true),
                MatchedAt = table.Column<long>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UnidentifiedDeposits", x => x.Id);
                table.ForeignKey("FK_UnidentifiedDeposits_Items_MatchedItemId", x => x.MatchedItemId, "Items", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_UnidentifiedDeposits_MatchedItemId", "UnidentifiedDeposits", "MatchedItemId");
        migrationBuilder.CreateIndex("IX_UnidentifiedDeposits_ReceivedAt", "UnidentifiedDeposits", "ReceivedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("UnidentifiedDeposits");
}

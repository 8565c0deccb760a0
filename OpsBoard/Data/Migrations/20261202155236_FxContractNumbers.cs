using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Data.Migrations
{
    /// <inheritdoc />
    public partial class FxContractNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContractNumbers",
                columns: table => new
                {
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractNumbers", x => x.ItemId);
                    table.ForeignKey(
                        name: "FK_ContractNumbers_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NumberSequences",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSequences", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractNumbers_IssuedAt",
                table: "ContractNumbers",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ContractNumbers_Number",
                table: "ContractNumbers",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractNumbers");

            migrationBuilder.DropTable(
                name: "NumberSequences");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceRates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReferenceRates",
                columns: table => new
                {
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    UsdPerUnit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceRates", x => x.Currency);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferenceRates");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClientTier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "Clients",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                // Every client before tiers is a standard one.
                defaultValue: "Standard");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Tier",
                table: "Clients");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssigneeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Items_Assignee_SlaDueAt",
                table: "Items",
                columns: new[] { "Assignee", "SlaDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_Assignee_SlaDueAt",
                table: "Items");
        }
    }
}

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
            migrationBuilder.DropIndex(
                name: "IX_Items_ClientId",
                table: "Items");

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "Clients",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                // Every client before tiers is a standard one.
                defaultValue: "Standard");

            // The default served the existing rows only; new clients get their tier from the application, as the model says.
            migrationBuilder.AlterColumn<string>(
                name: "Tier",
                table: "Clients",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 16,
                oldDefaultValue: "Standard");

            migrationBuilder.CreateIndex(
                name: "IX_Items_ClientId_QueueKey_Assignee_DoneAt",
                table: "Items",
                columns: new[] { "ClientId", "QueueKey", "Assignee", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_QueueKey_Assignee_SlaWarnAt",
                table: "Items",
                columns: new[] { "QueueKey", "Assignee", "SlaWarnAt" },
                filter: "\"DoneAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_Tier",
                table: "Clients",
                column: "Tier");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_ClientId_QueueKey_Assignee_DoneAt",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_Items_QueueKey_Assignee_SlaWarnAt",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_Clients_Tier",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "Clients");

            migrationBuilder.CreateIndex(
                name: "IX_Items_ClientId",
                table: "Items",
                column: "ClientId");
        }
    }
}

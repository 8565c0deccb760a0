using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DeskGoalsAndDepositSupports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SupportDueAt",
                table: "UnidentifiedDeposits",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupportNetwork",
                table: "UnidentifiedDeposits",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SupportRequestedAt",
                table: "UnidentifiedDeposits",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupportRequestedBy",
                table: "UnidentifiedDeposits",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RecoveryGoals",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Analyst = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecoveryGoals", x => new { x.Month, x.Analyst });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecoveryGoals");

            migrationBuilder.DropColumn(
                name: "SupportDueAt",
                table: "UnidentifiedDeposits");

            migrationBuilder.DropColumn(
                name: "SupportNetwork",
                table: "UnidentifiedDeposits");

            migrationBuilder.DropColumn(
                name: "SupportRequestedAt",
                table: "UnidentifiedDeposits");

            migrationBuilder.DropColumn(
                name: "SupportRequestedBy",
                table: "UnidentifiedDeposits");
        }
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsBoard.Data.Migrations;

/// <summary>Onboarding: client codes, area notifications and the mail outbox. Written by hand like Initial.</summary>
[DbContext(typeof(OpsBoardDbContext))]
[Migration("20261122000004_Onboarding")]
public sealed class Onboarding : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OnboardingClientCodes",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 32, nullable: false),
                ItemId = table.Column<long>(nullable: false),
                AssignedAt = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OnboardingClientCodes", x => x.Code);
                table.ForeignKey("FK_OnboardingClientCodes_Items_ItemId", x => x.ItemId, "Items", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "OnboardingNotifications",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                ItemId = table.Column<long>(nullable: false),
                Area = table.Column<string>(maxLength: 32, nullable: false),
                Client = table.Column<string>(maxLength: 300, nullable: false),
                ClientCode = table.Column<string>(maxLength: 32, nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OnboardingNotifications", x => x.Id);
                table.ForeignKey("FK_OnboardingNotifications_Items_ItemId", x => x.ItemId, "Items", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "MailOutbox",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                To = table.Column<string>(maxLength: 256, nullable: false),
                Subject = table.Column<string>(maxLength: 300, nullable: false),
                Body = table.Column<string>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<long>(nullable: false),
                SentAt = table.Column<long>(nullable: true),
                LastError = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MailOutbox", x => x.Id));

        migrationBuilder.CreateIndex("IX_OnboardingClientCodes_ItemId", "OnboardingClientCodes", "ItemId", unique: true);
        migrationBuilder.CreateIndex("IX_OnboardingNotifications_Area_CreatedAt", "OnboardingNotifications", ["Area", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_OnboardingNotifications_ItemId", "OnboardingNotifications", "ItemId");
        migrationBuilder.CreateIndex("IX_MailOutbox_SentAt_NextAttemptAt", "MailOutbox", ["SentAt", "NextAttemptAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MailOutbox");
        migrationBuilder.DropTable("OnboardingNotifications");
        migrationBuilder.DropTable("OnboardingClientCodes");
    }
}

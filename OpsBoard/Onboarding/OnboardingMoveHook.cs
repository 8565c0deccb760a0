using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Domain;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Onboarding;

/// <summary>
/// What a dossier's moves write besides the item, in the same transaction: the client code's
/// unique row on Verify, and each area's notification and email when the areas are notified.
/// </summary>
public sealed class OnboardingMoveHook(IOptions<OnboardingOptions> options, AreaMail mail) : IItemMoveHook
{
    public const string CodeTaken = "ClientCodeTaken";

    public async Task<CommandResult?> OnMoveAsync(ItemMoveContext move, CancellationToken ct)
    {
        if (move.Item.Type != OnboardingWorkflow.Type || move.Trigger != nameof(OnboardingTrigger.Verify))
        {
            return null;
        }
        var code = move.Item.Fields.Text("clientCode")!;
        if (await move.Db.ClientCodes.AnyAsync(c => c.Code == code, ct))
        {
            return new CommandResult(CommandStatus.Blocked, move.Item, $"The client code '{code}' is already given to another client.",
                BlockedBy: [CodeTaken]);
        }
        move.Db.ClientCodes.Add(ClientCode.Assign(code, move.Item.Id, move.At));
        var client = move.Item.Fields.Text("client") ?? move.Item.Title;
        foreach (var area in Roles.Areas)
        {
            move.Db.AreaNotifications.Add(AreaNotification.Create(move.Item.Id, area, client, code, move.At));
            if (options.Value.AreaEmails.GetValueOrDefault(area) is { Length: > 0 } to)
            {
                var (subject, body) = mail.Compose(move.Item, area, options.Value.PublicUrl, new CultureInfo(options.Value.MailCulture));
                move.Db.MailOutbox.Add(OutboxMail.Create(to, subject, body, move.At));
            }
        }
        return null;
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Onboarding;

/// <summary>
/// What a dossier's moves write besides the item, in the same transaction: the client code's
/// unique row on Verify, and each area's notification and email when the areas are notified (the
/// Processing Room only for clients who need money processing); on Activate the welcome e-mail to the
/// client and the control sheet kept as a file of the dossier.
/// </summary>
public sealed class OnboardingMoveHook(IOptions<OnboardingOptions> options, AreaMail mail, WelcomeMail welcome, ControlSheetArchive archive)
    : IItemMoveHook
{
    public const string CodeTaken = "ClientCodeTaken";

    public const string ControlSheetNotKept = "ControlSheetNotKept";

    public async Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct)
    {
        var wrote = false;
        foreach (var made in move.Moves.Where(m => m.Item.Type == OnboardingWorkflow.Type))
        {
            if (made.Trigger == nameof(OnboardingTrigger.Verify))
            {
                if (await AddRowsAsync(move, made.Item, ct) is { } refusal)
                {
                    return refusal;
                }
                wrote = true;
            }
            else if (made.Trigger == nameof(OnboardingTrigger.Activate))
            {
                if (welcome.For(made.Item, move.At) is { } greeting)
                {
                    move.Db.MailOutbox.Add(greeting);
                }
                if (await archive.KeepAsync(move, made.Item, ct) is { } why)
                {
                    return new CommandResult(CommandStatus.Blocked, made.Item, why, BlockedBy: [ControlSheetNotKept]);
                }
                wrote = true;
            }
        }
        if (wrote)
        {
            await move.Db.SaveChangesAsync(ct);
        }
        return null;
    }

    private async Task<CommandResult?> AddRowsAsync(MoveContext move, Domain.Items.WorkItem item, CancellationToken ct)
    {
        var code = item.Fields.Text("clientCode")!;
        if (await move.Db.ClientCodes.AnyAsync(c => c.Code == code, ct))
        {
            return new CommandResult(CommandStatus.Blocked, item, ApiText.Format("ClientCodeTaken", code),
                BlockedBy: [CodeTaken]);
        }
        move.Db.ClientCodes.Add(ClientCode.Assign(code, item.Id, move.At));
        var client = item.Fields.Text("client") ?? item.Title;
        foreach (var area in ControlSheet.AreasFor(item.Fields.GetValueOrDefault).Select(ControlSheet.RoleOf))
        {
            move.Db.AreaNotifications.Add(AreaNotification.Create(item.Id, area, client, code, move.At));
            if (options.Value.AreaEmails.GetValueOrDefault(area) is { Length: > 0 } to)
            {
                var (subject, body) = mail.Compose(item, area, options.Value.PublicUrl, new CultureInfo(options.Value.MailCulture));
                move.Db.MailOutbox.Add(OutboxMail.Create(to, subject, body, move.At));
            }
        }
        return null;
    }
}

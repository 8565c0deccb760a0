using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Documents;
using OpsBoard.Documents.ControlSheets;
using OpsBoard.Documents.Layout;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Files;
using OpsBoard.Items;

namespace OpsBoard.Onboarding;

/// <summary>
/// Keeps the completed control sheet with the dossier when the client becomes active: the PDF is
/// rendered in the team's language and recorded as one of the dossier's files inside the activation's
/// transaction, so an active dossier always has its signed sheet for audits and later changes.
/// </summary>
public sealed class ControlSheetArchive(ItemQueries items, FileStore store, IStringLocalizer<DocumentText> t,
    IStringLocalizer<OnboardingText> words, IOptions<OnboardingOptions> options, IOptions<PdfOptions> pdf, BusinessCalendar calendar)
{
    public const string Uploader = "system";

    /// <summary>Adds the file row to the move's transaction; null when kept, else the store's refusal.</summary>
    public async Task<string?> KeepAsync(MoveContext move, WorkItem dossier, CancellationToken ct)
    {
        var history = await items.HistoryAsync(dossier.Id, ct);
        // The activation's own history row is written after the hooks: the sheet takes its instant from the move.
        var sheet = ControlSheetData.From(dossier, history) with { State = nameof(OnboardingState.Active), ActivatedAt = move.At };
        var people = sheet.Lines.Select(l => l.SignedBy).Append(sheet.VerifiedBy).OfType<string>().Distinct().ToList();
        var names = await move.Db.Users.AsNoTracking().Where(u => people.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName, u => u.DisplayName, ct);
        byte[] bytes;
        string fileName;
        try
        {
            (bytes, fileName) = Render(new PrintedControlSheet(sheet, names));
        }
        catch (FontsMissingException e)
        {
            // Activating without the sheet would leave the dossier without its archive: the activation waits for the fonts.
            return e.Message;
        }
        using var content = new MemoryStream(bytes);
        var (stored, refusal, _) = await store.SaveAsync(FileStore.ItemFolder(dossier.Id), fileName, content, ct);
        if (stored is null)
        {
            return refusal;
        }
        move.Db.Add(ItemFile.Attach(dossier.Id, fileName, stored, Uploader, move.At));
        return null;
    }

    private (byte[] Pdf, string FileName) Render(PrintedControlSheet printed)
    {
        var (uiCulture, formatCulture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        PdfSetup.Apply(pdf.Value);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(options.Value.MailCulture);
        try
        {
            var name = words["ControlSheetFileName", printed.Sheet.ClientCode ?? printed.Sheet.DossierId.ToString(CultureInfo.InvariantCulture)].Value;
            return (ControlSheetPdf.Render(printed, t, words, calendar.Zone), name);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (uiCulture, formatCulture);
        }
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;

namespace OpsBoard.Onboarding;

/// <summary>A file sent with a request: its name as the user had it and its content.</summary>
public sealed record Upload(string FileName, Stream Content);

/// <summary>
/// The dossier's steps that need more than a trigger: storing and hashing files, choosing the
/// client code, checking a signature's rules to give the exact reason. Every change itself still
/// goes through <see cref="FireHandler"/>.
/// </summary>
public sealed class OnboardingService(FireHandler fire, ItemQueries queries, OpsBoardDbContext db, Files.FileStore store)
{
    public const string CodePrefix = "CL-";

    public async Task<CommandResult> RecordDocumentAsync(Actor actor, long id, string document, int? version, Upload? file, CancellationToken ct = default)
    {
        if (!OnboardingChecklist.IsDocument(document))
        {
            return Invalid("document", ApiText.Format("DocumentNotOnChecklist", document, string.Join(", ", OnboardingChecklist.Documents)));
        }
        if (await FindDossier(actor, id, ct) is { } missing)
        {
            return missing;
        }
        return await WithFileAsync(id, file, (value, note) =>
            FireAsync(actor, id, nameof(OnboardingTrigger.RecordDocument), version, note, ct, (document, value)), ct);
    }

    public async Task<CommandResult> VerifyAsync(Actor actor, long id, int? version, string? clientCode, CancellationToken ct = default)
    {
        if (await FindDossier(actor, id, ct) is { } missing)
        {
            return missing;
        }
        if (!string.IsNullOrWhiteSpace(clientCode))
        {
            return await FireAsync(actor, id, nameof(OnboardingTrigger.Verify), version, null, ct, ("clientCode", clientCode.Trim()));
        }
        // A code we chose can be taken by a verification committed meanwhile: choose again.
        for (var attempt = 1; ; attempt++)
        {
            var code = await NextCodeAsync(ct);
            var result = await FireAsync(actor, id, nameof(OnboardingTrigger.Verify), version, null, ct, ("clientCode", code));
            if (attempt == 10 || result.BlockedBy?.Contains(OnboardingMoveHook.CodeTaken) != true)
            {
                return result;
            }
        }
    }

    public async Task<CommandResult> SignAsync(Actor actor, long id, int? version, string? area, string? comment, Upload? report, CancellationToken ct = default)
    {
        var dossier = await queries.FindAsync(id, actor, ct);
        if (dossier is null || dossier.Type != OnboardingWorkflow.Type)
        {
            return CommandResult.NotFound(id);
        }
        if (dossier.State == nameof(OnboardingState.AreasNotified)
            && ControlSheet.Refusal(actor, area, n => dossier.Fields.GetValueOrDefault(n), report is null ? null : OnboardingChecklist.Paper) is { } why)
        {
            return SignOffRefused(dossier, why);
        }
        return await WithFileAsync(id, report, (value, note) =>
        {
            var fields = new List<(string, object?)> { ("signArea", area), ("signComment", comment) };
            if (value is not null)
            {
                fields.Add(("inspectionReport", value));
            }
            return FireAsync(actor, id, nameof(OnboardingTrigger.SignOff), version, note, ct, [.. fields]);
        }, ct);
    }

    public async Task<CommandResult> CancelAsync(Actor actor, long id, int? version, bool onPaper, Upload? form, string? note, CancellationToken ct = default)
    {
        if (await FindDossier(actor, id, ct) is { } missing)
        {
            return missing;
        }
        if (!onPaper && form is null)
        {
            return Invalid("cancellationForm", RuleText.FieldRequired("cancellationForm"));
        }
        return await WithFileAsync(id, form, (value, fileNote) => FireAsync(actor, id,
            nameof(OnboardingTrigger.Cancel), version, note ?? fileNote, ct, ("cancellationForm", value ?? OnboardingChecklist.Paper)), ct);
    }

    public async Task<ControlSheetData?> ControlSheetAsync(long id, Actor viewer, CancellationToken ct = default)
    {
        var dossier = await queries.FindAsync(id, viewer, ct);
        return dossier is null || dossier.Type != OnboardingWorkflow.Type ? null : ControlSheetData.From(dossier, await queries.HistoryAsync(id, ct));
    }

    /// <summary>The latest notices to the given areas (role names), newest first.</summary>
    public async Task<IReadOnlyList<AreaNotification>> NotificationsAsync(IReadOnlyCollection<string> areas, int take = 50, CancellationToken ct = default)
    {
        var rows = await db.AreaNotifications.AsNoTracking().Where(n => areas.Contains(n.Area)).ToListAsync(ct);
        return rows.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take).ToList();
    }

    /// <summary>
    /// Dossiers waiting for one of the given areas (area keys, not roles): a signature on its line, or an
    /// active client's change waiting for Operations' decision or Security's new study.
    /// </summary>
    public async Task<IReadOnlyList<Domain.Items.WorkItem>> AwaitingAsync(IReadOnlyCollection<string> areas, CancellationToken ct = default)
    {
        var open = await db.Items.AsNoTracking().Where(i => i.Type == OnboardingWorkflow.Type
            && (i.State == nameof(OnboardingState.AreasNotified) || i.State == nameof(OnboardingState.Active))).ToListAsync(ct);
        return open.Where(d => d.State == nameof(OnboardingState.Active)
            ? ChangeAwaits(d.Fields.GetValueOrDefault, areas)
            : areas.Any(a => ControlSheet.AreasFor(d.Fields.GetValueOrDefault).Contains(a) && !ControlSheet.IsSigned(a, d.Fields.GetValueOrDefault))).ToList();
    }

    private static bool ChangeAwaits(Func<string, object?> field, IReadOnlyCollection<string> areas) =>
        PendingChange.IsPending(field) && PendingChange.StudyDone(field)
            ? areas.Contains(ControlSheet.Operations)
            : PendingChange.AwaitsStudy(field) && areas.Contains(ControlSheet.Security);

    /// <summary>Stores the file (if any), runs the change with its hash, and takes the file back if the change is refused.</summary>
    internal async Task<CommandResult> WithFileAsync(long id, Upload? file, Func<string?, string?, Task<CommandResult>> change, CancellationToken ct)
    {
        if (file is null)
        {
            return await change(OnboardingChecklist.Paper, null);
        }
        var (stored, refusal, _) = await store.SaveAsync(Files.FileStore.ItemFolder(id), file.FileName, file.Content, ct);
        if (stored is null)
        {
            return Invalid("file", refusal!);
        }
        var name = Path.GetFileName(file.FileName);
        var result = await change(OnboardingChecklist.Uploaded(stored.Sha256),
            string.Create(CultureInfo.InvariantCulture, $"{name} ({stored.Size} bytes, sha256 {stored.Sha256})"));
        if (!result.Succeeded)
        {
            store.Discard(Files.FileStore.ItemFolder(id), stored);
        }
        return result;
    }

    // Checked before any file is kept: someone who may not see the dossier stores nothing in it.
    internal async Task<CommandResult?> FindDossier(Actor actor, long id, CancellationToken ct) =>
        await queries.FindAsync(id, actor, ct) is { Type: OnboardingWorkflow.Type } ? null : CommandResult.NotFound(id);

    private async Task<string> NextCodeAsync(CancellationToken ct)
    {
        var taken = await db.ClientCodes.CountAsync(ct);
        for (var n = taken + 1; ; n++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"{CodePrefix}{n:D6}");
            if (!await db.ClientCodes.AnyAsync(c => c.Code == code, ct))
            {
                return code;
            }
        }
    }

    private static CommandResult SignOffRefused(Domain.Items.WorkItem dossier, string reason) => reason switch
    {
        "SignOffUnknownArea" => Invalid("area", RuleText.Get(reason)),
        "InspectionReportRequired" => Invalid("report", RuleText.Get(reason)),
        "SignOffAlreadySigned" or "SignOffAreaNotNeeded" => new(CommandStatus.Blocked, dossier, RuleText.Get(reason), BlockedBy: [reason]),
        _ => new(CommandStatus.Forbidden, dossier, RuleText.Get(reason), BlockedBy: [reason]),
    };

    internal static CommandResult Invalid(string field, string message) => CommandResult.Invalid(new Dictionary<string, string[]> { [field] = [message] });

    internal Task<CommandResult> FireAsync(Actor actor, long id, string trigger, int? version, string? note, CancellationToken ct,
        params (string Name, object? Value)[] fields) =>
        version is { } expected
            ? fire.HandleAsync(actor, new FireCommand(id, trigger, expected, note, fields.Where(f => f.Value is not null).ToDictionary(f => f.Name, f => f.Value)), ct)
            : Task.FromResult(Invalid("expectedVersion", ApiText.Get("VersionRequired")));
}

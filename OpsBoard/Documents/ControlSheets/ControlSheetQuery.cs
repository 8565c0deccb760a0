using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;
using OpsBoard.Onboarding;

namespace OpsBoard.Documents.ControlSheets;

/// <summary>A dossier's control sheet as printed: its data and the full names of the people on it.</summary>
public sealed record PrintedControlSheet(ControlSheetData Sheet, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>"Full Name (login)" when the user is known, the login alone otherwise (e.g. a removed account).</summary>
    public string Person(string userName) =>
        Names.TryGetValue(userName, out var name) && name != userName ? $"{name} ({userName})" : userName;
}

/// <summary>Reads a dossier's control sheet for the archive; other items have none.</summary>
public sealed class ControlSheetQuery(OpsBoardDbContext db, ItemQueries items, OnboardingService onboarding)
{
    /// <summary>The sheet of a dossier the viewer may see; one they may not see is not found, as if it did not exist.</summary>
    public async Task<(PrintedControlSheet? Sheet, DocumentRefusal? Refusal)> LoadAsync(long id, Actor viewer, CancellationToken ct = default)
    {
        var type = (await items.FindAsync(id, viewer, ct))?.Type;
        if (type is null)
        {
            return (null, new(StatusCodes.Status404NotFound, ApiText.Format("ItemNotFound", id)));
        }
        if (type != OnboardingWorkflow.Type || await onboarding.ControlSheetAsync(id, viewer, ct) is not { } sheet)
        {
            return (null, new(StatusCodes.Status409Conflict, ApiText.Format("NotADossier", id, WorkflowText.WorkflowType(type))));
        }
        var people = sheet.Lines.Select(l => l.SignedBy).Append(sheet.VerifiedBy).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.UserName))
            .ToDictionaryAsync(u => u.UserName, u => u.DisplayName, ct);
        return (new PrintedControlSheet(sheet, names), null);
    }
}

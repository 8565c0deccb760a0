using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Auth;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Items.Visibility;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Collections;

/// <summary>What the collections screens look up besides a portfolio: the desk's agents, and open cases to match a deposit to.</summary>
public sealed class DeskDirectory(OpsBoardDbContext db, ItemAccess access, IOptions<CollectionsOptions> options)
{
    public const int CaseSearchLimit = 20;

    /// <summary>
    /// Whose portfolio a lead can open, by display name: agents holding an open case or named in a collections team.
    /// Agents of other desks (the onboarding areas' responders) hold the same role, so the role alone is not enough.
    /// </summary>
    public async Task<IReadOnlyList<Person>> AgentsAsync(CancellationToken ct = default)
    {
        var holders = await db.Items.AsNoTracking().Where(i => i.Type == CollectionWorkflow.Type && i.DoneAt == null && i.Assignee != null)
            .Select(i => i.Assignee!).Distinct().ToListAsync(ct);
        var desk = holders.Concat(options.Value.Teams.Values.SelectMany(t => t.Members)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Roles are stored comma-separated: narrow in the database, then check the whole role name.
        var users = await db.Users.AsNoTracking().Where(u => u.RolesText.Contains(Roles.Agent)).ToListAsync(ct);
        return users.Where(u => u.Roles.Contains(Roles.Agent) && desk.Contains(u.UserName)).Select(u => new Person(u.UserName, u.DisplayName))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Open cases the viewer may see whose number is <paramref name="text"/> or whose title (which carries the client) contains it.</summary>
    public async Task<IReadOnlyList<OpenCase>> OpenCasesAsync(string? text, Actor viewer, CancellationToken ct = default)
    {
        var query = access.Filter(db.Items.AsNoTracking(), viewer).Where(i => i.Type == CollectionWorkflow.Type && i.DoneAt == null);
        var trimmed = text?.Trim().TrimStart('#') ?? string.Empty;
        if (long.TryParse(trimmed, out var id))
        {
            query = query.Where(i => i.Id == id || EF.Functions.Like(i.Title, $"%{trimmed}%"));
        }
        else if (trimmed.Length > 0)
        {
            query = query.Where(i => EF.Functions.Like(i.Title, $"%{trimmed}%"));
        }
        var items = await query.OrderBy(i => i.Id).Take(CaseSearchLimit).ToListAsync(ct);
        return items.Select(i => new OpenCase(i.Id, i.Fields.Text("client") ?? i.Title, i.Fields.Decimal("amountDue") ?? 0m, i.State)).ToList();
    }
}

/// <summary>An open case as a deposit's matcher sees it.</summary>
public sealed record OpenCase(long Id, string Client, decimal AmountDue, string State);

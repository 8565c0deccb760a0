using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;

namespace OpsBoard.Views;

/// <summary>Saves, lists and deletes the reader's views and reads the team's shared ones.</summary>
public sealed class SavedViews(OpsBoardDbContext db, TimeProvider clock)
{
    /// <summary>The reader's own views and the team's shared ones, of one list or of every list the reader may open.</summary>
    public async Task<IReadOnlyList<SavedViewDto>> ListAsync(Actor reader, string? list, CancellationToken ct = default)
    {
        var lists = ViewLists.All.Where(l => l.MayOpen(reader) && (list is null || l.Key == list)).Select(l => l.Key).ToList();
        var name = reader.UserName;
        var rows = await db.SavedViews.AsNoTracking()
            .Where(v => lists.Contains(v.List) && (v.Owner == name || v.Shared))
            .OrderBy(v => v.List).ThenBy(v => v.Owner != name).ThenBy(v => v.Name).ToListAsync(ct);
        return rows.Select(v => SavedViewDto.From(v, name)).ToList();
    }

    public async Task<(SavedViewDto? View, CommandResult? Refusal)> SaveAsync(Actor reader, SaveViewRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var list = ViewLists.Find(request.List);
        if (list is null || !list.MayOpen(reader))
        {
            errors["list"] = [ApiText.Format("ViewListUnknown", request.List, string.Join(", ", ViewLists.All.Select(l => l.Key)))];
        }
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > ViewLists.NameLength)
        {
            errors["name"] = [ApiText.Format("ViewNameLength", ViewLists.NameLength)];
        }
        var filters = list is null ? [] : ReadFilters(list, request.Filters, errors);
        if (list is not null && request.Sort is { } sort && !list.Sorts.Contains(sort))
        {
            errors["sort"] = [ApiText.Format("ViewSortUnknown", sort, string.Join(", ", list.Sorts))];
        }
        if (errors.Count > 0)
        {
            return (null, CommandResult.Invalid(errors));
        }
        var view = await db.SavedViews.FirstOrDefaultAsync(v => v.Owner == reader.UserName && v.List == list!.Key && v.Name == name, ct);
        if (view is null)
        {
            view = SavedView.Create(reader.UserName, list!.Key, name);
            db.SavedViews.Add(view);
        }
        view.Hold(JsonSerializer.Serialize(filters), request.Sort, request.Descending ?? false, request.Shared ?? false, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (SavedViewDto.From(view, reader.UserName), null);
    }

    /// <summary>Deletes the reader's own view; a teammate's shared view is theirs to delete, one not shared is none of the reader's business.</summary>
    public async Task<CommandResult?> DeleteAsync(Actor reader, long id, CancellationToken ct = default)
    {
        var view = await db.SavedViews.FirstOrDefaultAsync(v => v.Id == id, ct);
        if (view is null || (view.Owner != reader.UserName && !view.Shared))
        {
            return new CommandResult(CommandStatus.NotFound, Detail: ApiText.Format("ViewNotFound", id));
        }
        if (view.Owner != reader.UserName)
        {
            return new CommandResult(CommandStatus.Forbidden, Detail: ApiText.Format("ViewNotYours", view.Name, view.Owner));
        }
        db.SavedViews.Remove(view);
        await db.SaveChangesAsync(ct);
        return null;
    }

    // Only the list's own filter names, each a short text: a view reopened later must read back as a valid filter.
    private static Dictionary<string, string> ReadFilters(ViewList list, JsonElement? filters, Dictionary<string, string[]> errors)
    {
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        if (filters is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return read;
        }
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors["filters"] = [ApiText.Get("ViewFiltersObject")];
            return read;
        }
        foreach (var property in json.EnumerateObject())
        {
            if (!list.Filters.Contains(property.Name))
            {
                errors[$"filters.{property.Name}"] = [ApiText.Format("ViewFilterUnknown", property.Name, string.Join(", ", list.Filters))];
                continue;
            }
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                JsonValueKind.Null => null,
                _ => "\0",
            };
            if (value is "\0" || value?.Length > ViewLists.ValueLength)
            {
                errors[$"filters.{property.Name}"] = [ApiText.Format("ViewFilterValue", property.Name, ViewLists.ValueLength)];
            }
            else if (!string.IsNullOrWhiteSpace(value))
            {
                read[property.Name] = value.Trim();
            }
        }
        return read;
    }
}

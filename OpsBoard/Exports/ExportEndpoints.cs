using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Items;

namespace OpsBoard.Exports;

public static partial class ExportEndpoints
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        api.MapGet("/items/export", Items).WithTags("Items").WithName("ExportItems")
            .WithSummary("The items the list's filters give, as CSV or XLSX, written as they are read.").Refusals(400);
        api.MapGet("/collections/deposits/export", Deposits).WithTags("Collections").WithName("ExportDeposits")
            .WithSummary("Unidentified deposits (open, matched or all; q searches reference and channel) as CSV or XLSX.").Refusals(400);
        return api.MapListExports();
    }

    public static IResult Items(string? format, string? type, string? state, string? assignee, string? queue, string? q,
        string? sort, bool? desc, HttpContext http, ItemExport export, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        var chosen = Format(format, errors);
        ItemSort? order = null;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            if (Enum.TryParse<ItemSortKey>(sort, ignoreCase: true, out var key) && Enum.IsDefined(key))
            {
                order = new ItemSort(key, desc ?? false);
            }
            else
            {
                errors["sort"] = [ApiText.Format("ExportSortUnknown", sort, string.Join(", ", Enum.GetNames<ItemSortKey>().Select(n => n.ToLowerInvariant())))];
            }
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors).ToProblem();
        }
        var filter = new ItemFilter(type, state, assignee, queue, q);
        var actor = http.User.ToActor();
        return File(http, chosen!.Value, "items", "SheetItems", clock, (writer, ct) => export.WriteAsync(writer, filter, order, actor, ct));
    }

    public static IResult Deposits(string? format, string? status, string? q, HttpContext http, DepositExport export, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        var chosen = Format(format, errors);
        return errors.Count > 0
            ? CommandResult.Invalid(errors).ToProblem()
            : File(http, chosen!.Value, "deposits", "SheetDeposits", clock, (writer, ct) => export.WriteAsync(writer, status, q, ct));
    }

    internal static ExportFormat? Format(string? format, Dictionary<string, string[]> errors)
    {
        var chosen = ExportFormats.Parse(format);
        if (chosen is null)
        {
            errors["format"] = [ApiText.Format("ExportFormatUnknown", format)];
        }
        return chosen;
    }

    // The rows go out as they are read; a failure half-way cuts the download rather than sending a broken whole.
    internal static IResult File(HttpContext http, ExportFormat format, string name, string sheetKey, TimeProvider clock,
        Func<TableWriter, CancellationToken, Task> write)
    {
        var sheet = ExportText.Get(sheetKey);
        return Results.Stream(async output =>
        {
            await using var writer = TableWriter.For(format, output, sheet);
            await write(writer, http.RequestAborted);
        }, format.ContentType(), $"{name}-{clock.GetUtcNow():yyyy-MM-dd}.{format.Extension()}");
    }
}

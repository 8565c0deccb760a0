using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Clients;
using OpsBoard.Collections;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Exports;

/// <summary>The exports of the desk's other lists: protocols, a collections portfolio and a client's items, each with its page's filters.</summary>
public static partial class ExportEndpoints
{
    private static RouteGroupBuilder MapListExports(this RouteGroupBuilder api)
    {
        api.MapGet("/protocols/export", Protocols).WithTags("Documents").WithName("ExportProtocols")
            .WithSummary("The protocols (all, still out or back), newest first, with whether each is late, as CSV or XLSX.").Refusals(400, 403);
        api.MapGet("/collections/portfolio/export", PortfolioOf).WithTags("Collections").WithName("ExportPortfolio")
            .WithSummary("A collections portfolio with the page's filters, in next-to-call order, as CSV or XLSX.").Refusals(400, 403);
        api.MapGet("/clients/{id:long}/items/export", ClientItems).WithTags("Clients").WithName("ExportClientItems")
            .WithSummary("A client's items the caller may see, of one workflow or all, as CSV or XLSX.").Refusals(400, 404);
        return api;
    }

    public static IResult Protocols(string? format, string? status, HttpContext http, ProtocolExport export,
        Documents.Protocols.ProtocolDesk desk, TimeProvider clock)
    {
        if (!desk.MaySend(http.User.ToActor()))
        {
            return Problems.Problem(403, "Not allowed for your role", ApiText.Get("ProtocolSendersOnly"));
        }
        var errors = new Dictionary<string, string[]>();
        var chosen = Format(format, errors);
        var which = string.IsNullOrWhiteSpace(status) ? "all" : status.Trim().ToLowerInvariant();
        if (!ProtocolExport.Statuses.Contains(which))
        {
            errors["status"] = [ApiText.Format("ExportStatusUnknown", status, string.Join(", ", ProtocolExport.Statuses))];
        }
        return errors.Count > 0
            ? CommandResult.Invalid(errors).ToProblem()
            : File(http, chosen!.Value, "protocols", "SheetProtocols", clock, (writer, ct) => export.WriteAsync(writer, which, ct));
    }

    public static IResult PortfolioOf(string? format, string? agent, string? state, decimal? minDaysOverdue, decimal? maxDaysOverdue,
        decimal? minAmount, decimal? maxAmount, DateOnly? contactedBefore, HttpContext http, PortfolioExport export, TimeProvider clock)
    {
        var actor = http.User.ToActor();
        // "all" is the whole desk, as a lead's page shows it; nothing is one's own portfolio.
        var whose = string.IsNullOrWhiteSpace(agent) ? actor.UserName : agent.Trim().ToLowerInvariant();
        if (!ItemAccess.MayOpenPortfolioOf(actor, whose == "all" ? string.Empty : whose))
        {
            return Problems.Problem(403, "Not allowed for your role", ApiText.Get("PortfolioLeadsOnly"));
        }
        var errors = new Dictionary<string, string[]>();
        var chosen = Format(format, errors);
        var filter = new PortfolioFilter(state, minDaysOverdue, maxDaysOverdue, minAmount, maxAmount, contactedBefore);
        return errors.Count > 0
            ? CommandResult.Invalid(errors).ToProblem()
            : File(http, chosen!.Value, "portfolio", "SheetPortfolio", clock,
                (writer, ct) => export.WriteAsync(writer, whose == "all" ? null : whose, filter, ct));
    }

    public static async Task<IResult> ClientItems(long id, string? format, string? type, HttpContext http, ClientQueries clients,
        ItemExport export, TimeProvider clock)
    {
        if (!await clients.ExistsAsync(id, http.RequestAborted))
        {
            return Problems.Problem(404, "Not found", ClientText.Format("ClientNotFound", id));
        }
        var errors = new Dictionary<string, string[]>();
        var chosen = Format(format, errors);
        var query = clients.ItemsQuery(id, http.User.ToActor(), type);
        return errors.Count > 0
            ? CommandResult.Invalid(errors).ToProblem()
            : File(http, chosen!.Value, $"client-{id}-items", "SheetItems", clock, (writer, ct) => export.WriteAsync(writer, query, ItemSort.Default, ct));
    }
}

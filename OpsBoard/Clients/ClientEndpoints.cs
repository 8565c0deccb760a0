using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Items;

namespace OpsBoard.Clients;

public static class ClientEndpoints
{
    public static RouteGroupBuilder MapClients(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");
        clients.MapGet("/", List).WithName("ListClients").WithSummary("Clients by name, code or tax id and by segment, a page at a time.");
        clients.MapGet("/{id:long}", Get).WithName("GetClient")
            .WithSummary("A client's record with the totals of the work the caller may see.").Refusals(404);
        clients.MapGet("/{id:long}/items", Items).WithName("ClientItems")
            .WithSummary("The client's items the caller may see, of one workflow or all, a page at a time.").Refusals(404);
        var leads = clients.MapGroup("/").RequireAuthorization(p => p.RequireRole(Roles.Lead, Roles.Manager, Roles.Admin));
        leads.MapPost("/", Register).WithName("RegisterClient").WithSummary("Registers a client (leads, managers, admins).").Refusals(400, 403, 409);
        leads.MapPut("/{id:long}", Change).WithName("ChangeClient")
            .WithSummary("Changes a client's name, tax id, segment, contacts and approved limit (leads, managers, admins).").Refusals(400, 403, 404, 409);
        return api;
    }

    public static async Task<Ok<ClientList>> List(string? q, string? segment, int? page, int? pageSize, ClientQueries clients, CancellationToken ct) =>
        TypedResults.Ok(await clients.ListAsync(new ClientFilter(q, segment, page ?? 1, pageSize ?? 25), ct));

    public static async Task<Results<Ok<ClientDetail>, ProblemHttpResult>> Get(long id, HttpContext http, ClientQueries clients) =>
        await clients.DetailAsync(id, http.User.ToActor(), http.RequestAborted) is { } detail
            ? TypedResults.Ok(detail)
            : NotFound(id);

    public static async Task<Results<Ok<ItemPage>, ProblemHttpResult>> Items(long id, string? type, int? page, int? pageSize, HttpContext http,
        ClientQueries clients) =>
        await clients.ExistsAsync(id, http.RequestAborted)
            ? TypedResults.Ok(await clients.ItemsAsync(id, http.User.ToActor(), type, page ?? 1, pageSize ?? 50, ItemSort.Default, http.RequestAborted))
            : NotFound(id);

    public static async Task<Results<Created<ClientView>, ProblemHttpResult>> Register(ClientRequest request, HttpContext http, ClientBook book)
    {
        var result = await book.RegisterAsync(http.User.ToActor(), request, http.RequestAborted);
        return result.Succeeded ? TypedResults.Created($"/api/v1/clients/{result.Client!.Id}", ClientView.From(result.Client)) : result.ToProblem();
    }

    public static async Task<Results<Ok<ClientView>, ProblemHttpResult>> Change(long id, ClientRequest request, HttpContext http, ClientBook book)
    {
        var result = await book.ChangeAsync(http.User.ToActor(), id, request, http.RequestAborted);
        return result.Succeeded ? TypedResults.Ok(ClientView.From(result.Client!)) : result.ToProblem();
    }

    private static ProblemHttpResult NotFound(long id) => Problems.Problem(404, "Not found", ClientText.Format("ClientNotFound", id));

    private static ProblemHttpResult ToProblem(this ClientResult result) => result.Status switch
    {
        CommandStatus.Invalid => Problems.Invalid(result.Errors!, result.Detail),
        CommandStatus.NotFound => Problems.Problem(404, "Not found", result.Detail),
        _ => Problems.Problem(409, "Conflicts with another client", result.Detail, new() { ["clientId"] = result.Client?.Id }),
    };
}

using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Clients;
using OpsBoard.Items;

namespace OpsBoard.Contacts;

public static class ContactEndpoints
{
    public static RouteGroupBuilder MapContacts(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/items/{id:long}/contacts").WithTags("Contacts");
        contacts.MapPost("/", Log).WithName("LogContact")
            .WithSummary("Logs a contact on an item: channel, direction, outcome, note. An outgoing phone contact on a collection case is a call.")
            .Refusals(400, 404, 409);
        contacts.MapGet("/", List).WithName("ListContacts").WithSummary("An item's contacts, newest first (calls among them).").Refusals(404);
        api.MapGet("/clients/{id:long}/contacts", OfClient).WithTags("Clients").WithName("ListClientContacts")
            .WithSummary("The latest contacts logged on a client's items the caller may see, newest first, each with its item.").Refusals(404);
        return api;
    }

    public static async Task<Results<Created<ContactView>, ProblemHttpResult>> Log(long id, LogContactRequest request, HttpContext http, ContactLog contacts)
    {
        var (contact, refusal) = await contacts.LogAsync(http.User.ToActor(), id, request, http.RequestAborted);
        return contact is not null ? TypedResults.Created($"/api/v1/items/{id}/contacts", contact) : refusal!.ToProblem();
    }

    public static async Task<Results<Ok<IReadOnlyList<ClientContactView>>, ProblemHttpResult>> OfClient(long id, HttpContext http, ClientQueries clients,
        ClientContacts contacts) =>
        await clients.ExistsAsync(id, http.RequestAborted)
            ? TypedResults.Ok(await contacts.LatestAsync(http.User.ToActor(), id, http.RequestAborted))
            : Problems.Problem(404, "Not found", ClientText.Format("ClientNotFound", id));

    public static async Task<Results<Ok<IReadOnlyList<ContactView>>, ProblemHttpResult>> List(long id, HttpContext http, ContactLog contacts) =>
        await contacts.ListAsync(http.User.ToActor(), id, http.RequestAborted) is { } list ? TypedResults.Ok(list) : CommandResult.NotFound(id).ToProblem();
}

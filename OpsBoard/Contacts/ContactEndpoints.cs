using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;
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
        return api;
    }

    public static async Task<Results<Created<ContactView>, ProblemHttpResult>> Log(long id, LogContactRequest request, HttpContext http, ContactLog contacts)
    {
        var (contact, refusal) = await contacts.LogAsync(http.User.ToActor(), id, request, http.RequestAborted);
        return contact is not null ? TypedResults.Created($"/api/v1/items/{id}/contacts", contact) : refusal!.ToProblem();
    }

    public static async Task<Results<Ok<IReadOnlyList<ContactView>>, ProblemHttpResult>> List(long id, HttpContext http, ContactLog contacts) =>
        await contacts.ListAsync(http.User.ToActor(), id, http.RequestAborted) is { } list ? TypedResults.Ok(list) : CommandResult.NotFound(id).ToProblem();
}

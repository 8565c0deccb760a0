using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;

namespace OpsBoard.Views;

public static class ViewEndpoints
{
    public static RouteGroupBuilder MapSavedViews(this RouteGroupBuilder api)
    {
        var views = api.MapGroup("/views").WithTags("Saved views");
        views.MapGet("/", List).WithName("ListViews").WithSummary("The caller's saved views and the team's shared ones, of one list or all.");
        views.MapPost("/", Save).WithName("SaveView").WithSummary("Saves a list's filters and order under a name; the same name again replaces it.").Refusals(400);
        views.MapDelete("/{id:long}", Delete).WithName("DeleteView").WithSummary("Deletes one of the caller's own views.").Refusals(403, 404);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<SavedViewDto>>> List(string? list, HttpContext http, SavedViews views) =>
        TypedResults.Ok(await views.ListAsync(http.User.ToActor(), list, http.RequestAborted));

    public static async Task<Results<Created<SavedViewDto>, ProblemHttpResult>> Save(SaveViewRequest request, HttpContext http, SavedViews views)
    {
        var (view, refusal) = await views.SaveAsync(http.User.ToActor(), request, http.RequestAborted);
        return view is null ? refusal!.ToProblem() : TypedResults.Created($"/api/v1/views/{view.Id}", view);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(long id, HttpContext http, SavedViews views) =>
        await views.DeleteAsync(http.User.ToActor(), id, http.RequestAborted) is { } refusal ? refusal.ToProblem() : TypedResults.NoContent();
}

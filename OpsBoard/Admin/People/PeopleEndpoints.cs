using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;

namespace OpsBoard.Admin.People;

/// <summary>The Admin API over people: list, add, give roles and areas, disable and enable, reset a password.</summary>
public static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleAdmin(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/admin/users").WithTags("Admin").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        users.MapGet("/", (PeopleService people, CancellationToken ct) => people.ListAsync(ct)).WithName("ListUsers")
            .WithSummary("Everyone who can sign in, with roles, areas and whether they are disabled.");
        users.MapPost("/", Create).WithName("CreateUser")
            .WithSummary("Adds a person; without a password a temporary one is made and answered once.").Refusals(400, 409);
        users.MapPut("/{userName}/roles", (string userName, RolesRequest request, HttpContext http, PeopleService people) =>
                Answer(people.ChangeRolesAsync(Actor(http), userName, request.Roles, http.RequestAborted))).WithName("ChangeUserRoles")
            .WithSummary("Replaces a person's roles and areas; their sessions end. The last Admin keeps the Admin role.").Refusals(400, 404, 409);
        users.MapPost("/{userName}/disable", (string userName, HttpContext http, PeopleService people) =>
                Answer(people.DisableAsync(Actor(http), userName, http.RequestAborted))).WithName("DisableUser")
            .WithSummary("Disables a person: their cookie and tokens stop working on their next request.").Refusals(404, 409);
        users.MapPost("/{userName}/enable", (string userName, HttpContext http, PeopleService people) =>
                Answer(people.EnableAsync(Actor(http), userName, http.RequestAborted))).WithName("EnableUser")
            .WithSummary("Lets a disabled person sign in again.").Refusals(404);
        users.MapPost("/{userName}/password", (string userName, PasswordRequest? request, HttpContext http, PeopleService people) =>
                Answer(people.ResetPasswordAsync(Actor(http), userName, request?.Password, http.RequestAborted))).WithName("ResetUserPassword")
            .WithSummary("Sets a new password, or makes a temporary one answered once; the person's sessions end.").Refusals(400, 404);
        return app;
    }

    public static async Task<Results<Created<PersonChanged>, ProblemHttpResult>> Create(NewPersonRequest request, HttpContext http, PeopleService people)
    {
        var result = await people.CreateAsync(Actor(http), request, http.RequestAborted);
        return result.Changed is { } changed
            ? TypedResults.Created($"/api/v1/admin/users/{changed.Person.UserName}", changed)
            : ToProblem(result);
    }

    private static async Task<Results<Ok<PersonChanged>, ProblemHttpResult>> Answer(Task<PeopleResult> change)
    {
        var result = await change;
        return result.Changed is { } changed ? TypedResults.Ok(changed) : ToProblem(result);
    }

    private static ProblemHttpResult ToProblem(PeopleResult result) => result.Status switch
    {
        PeopleStatus.Invalid => Problems.Invalid(result.Errors!, result.Detail),
        PeopleStatus.NotFound => Problems.Problem(StatusCodes.Status404NotFound, "Not found", result.Detail),
        _ => Problems.Problem(StatusCodes.Status409Conflict, "Refused", result.Detail),
    };

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "anonymous";
}

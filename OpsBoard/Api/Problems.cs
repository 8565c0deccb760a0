using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Items;

namespace OpsBoard.Api;

/// <summary>Turns a refused command into problem+json with the reason; a refusal never changed anything.</summary>
public static class Problems
{
    public static ProblemHttpResult ToProblem(this CommandResult result) => result.Status switch
    {
        CommandStatus.NotFound => Problem(404, "Not found", result.Detail),
        CommandStatus.Invalid => Invalid(result.Errors!, result.Detail),
        CommandStatus.Forbidden => Problem(403, "Not allowed for your role", result.Detail),
        CommandStatus.Stale => Problem(409, "Stale version", result.Detail, new() { ["currentVersion"] = result.Item?.Version }),
        CommandStatus.Blocked => Problem(409, "Blocked by a rule", result.Detail,
            new() { ["blockedBy"] = result.BlockedBy, ["permittedTriggers"] = result.Permitted }),
        _ => Problem(409, "Trigger not permitted", result.Detail, new() { ["permittedTriggers"] = result.Permitted, ["state"] = result.Item?.State }),
    };

    public static ProblemHttpResult Problem(int status, string title, string? detail, Dictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);

    /// <summary>400 with an error list per field, as <c>Results.ValidationProblem</c> writes it.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors, string? detail) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Detail = detail,
        });

    /// <summary>Declares the refusals an endpoint may answer with, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder Refusals(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest)
            {
                endpoint.ProducesValidationProblem();
            }
            else
            {
                endpoint.ProducesProblem(status);
            }
        }
        return endpoint;
    }
}

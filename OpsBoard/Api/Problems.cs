using OpsBoard.Items;

namespace OpsBoard.Api;

/// <summary>Turns a refused command into problem+json with the reason; a refusal never changed anything.</summary>
public static class Problems
{
    public static IResult ToProblem(this CommandResult result) => result.Status switch
    {
        CommandStatus.NotFound => Results.Problem(statusCode: 404, title: "Not found", detail: result.Detail),
        CommandStatus.Invalid => Results.ValidationProblem(result.Errors!.ToDictionary(), detail: result.Detail),
        CommandStatus.Forbidden => Results.Problem(statusCode: 403, title: "Not allowed for your role", detail: result.Detail),
        CommandStatus.Stale => Results.Problem(statusCode: 409, title: "Stale version", detail: result.Detail,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = result.Item?.Version }),
        CommandStatus.Blocked => Results.Problem(statusCode: 409, title: "Blocked by a rule", detail: result.Detail,
            extensions: new Dictionary<string, object?> { ["blockedBy"] = result.BlockedBy, ["permittedTriggers"] = result.Permitted }),
        _ => Results.Problem(statusCode: 409, title: "Trigger not permitted", detail: result.Detail,
            extensions: new Dictionary<string, object?> { ["permittedTriggers"] = result.Permitted, ["state"] = result.Item?.State }),
    };
}

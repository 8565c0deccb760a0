using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;

namespace OpsBoard.Onboarding.Mail;

public static class MailEndpoints
{
    /// <summary>The outbox for Admins: what waits, what was sent, what failed and why.</summary>
    public static RouteGroupBuilder MapMailOutbox(this RouteGroupBuilder api)
    {
        var mail = api.MapGroup("/admin/mail").WithTags("Admin").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        mail.MapGet("/", List).WithName("MailOutbox")
            .WithSummary("The mail outbox, newest first: waiting, sent, and failed with the server's last answer and the attempts so far.");
        mail.MapPost("/{id:long}/retry", Retry).WithName("RetryMail").WithSummary("Tries a mail not yet sent again within seconds.").Refusals(404, 409);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<OutboxMailView>>> List(MailOutbox outbox, CancellationToken ct) =>
        TypedResults.Ok(await outbox.LatestAsync(ct));

    public static async Task<Results<NoContent, ProblemHttpResult>> Retry(long id, MailOutbox outbox, CancellationToken ct) =>
        await outbox.RetryNowAsync(id, ct) switch
        {
            true => TypedResults.NoContent(),
            false => Problems.Problem(409, "Already sent", MailText.Format("AlreadySent", id)),
            null => Problems.Problem(404, "Not found", MailText.Format("MailNotFound", id)),
        };
}

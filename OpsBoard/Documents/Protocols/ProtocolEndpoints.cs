using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Domain.Sla;
using OpsBoard.Items;

namespace OpsBoard.Documents.Protocols;

public sealed record SendProtocolRequest(IReadOnlyList<long>? StoryIds);

public sealed record ProtocolView(long Number, DateTimeOffset CreatedAt, string Sender, IReadOnlyList<long> StoryIds, string Pdf);

public sealed record ProtocolRefusalView(long ItemId, string Status, string? Reason);

public static partial class ProtocolEndpoints
{
    public static RouteGroupBuilder MapProtocols(this RouteGroupBuilder api)
    {
        var protocols = api.MapGroup("/protocols").WithTags("Documents");
        protocols.MapPost("/", Send).WithName("SendProtocol")
            .WithSummary("Sends stories to the broker in one numbered protocol, all or none.").Refusals(400, 404, 409);
        protocols.MapGet("/{number:long}/pdf", Print).WithName("ProtocolPdf")
            .WithSummary("A sending protocol as a PDF: the stories as sent and the signature lines.").Pdf().Refusals(404);
        protocols.MapGet("/", List).WithName("ListProtocols")
            .WithSummary("The protocols, newest first: number, date, stories, whether the signed copy is back, and late ones.");
        protocols.MapPost("/{number:long}/signed-back", SignedBack).WithName("ProtocolSignedBack").DisableAntiforgery()
            .WithSummary("Records the broker's signed copy (multipart form: \"file\", optional \"signedOn\" yyyy-MM-dd, with a bearer token).")
            .Accepts<IFormFile>("multipart/form-data").Refusals(400, 403, 404, 409, 413, 415);
        protocols.MapGet("/{number:long}/signed-copy", SignedCopy).WithName("ProtocolSignedCopy")
            .WithSummary("The broker's signed copy of a protocol, as it was recorded.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), "application/octet-stream").Refusals(404);
        return api;
    }

    public static async Task<Results<Created<ProtocolView>, ProblemHttpResult>> Send(SendProtocolRequest request, HttpContext http, ProtocolService protocols)
    {
        var result = await protocols.SendAsync(http.User.ToActor(), request.StoryIds, http.RequestAborted);
        if (result.Errors is not null)
        {
            return Problems.Invalid(result.Errors, result.Errors.Values.First()[0]);
        }
        if (result.Refused is { Count: > 0 } refused)
        {
            var status = refused.All(r => r.Result.Status == CommandStatus.NotFound) ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            return Problems.Problem(status, "Nothing was sent",
                ApiText.Format("ProtocolNothingSent", refused.Count, string.Join(" ", refused.Select(r => $"#{r.ItemId}: {r.Result.Detail}"))),
                new() { ["refused"] = refused.Select(r => new ProtocolRefusalView(r.ItemId, r.Result.Status.ToString(), r.Result.Detail)).ToList() });
        }
        var p = result.Protocol!;
        return TypedResults.Created($"/api/v1/protocols/{p.Number}/pdf",
            new ProtocolView(p.Number, p.CreatedAt, p.Sender, p.Stories.Select(s => s.ItemId).ToList(), $"/api/v1/protocols/{p.Number}/pdf"));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Print(long number, ProtocolService protocols, IStringLocalizer<DocumentText> t,
        IOptions<PdfOptions> pdf, IOptions<Contracts.CompanyOptions> company, BusinessCalendar calendar, CancellationToken ct) =>
        await protocols.FindAsync(number, ct) is { } protocol
            ? DocumentEndpoints.Render(pdf.Value, () => ProtocolPdf.Render(protocol, t, calendar.Zone, company.Value.BrokerName), $"protocol-{number}.pdf")
            : Problems.Problem(StatusCodes.Status404NotFound, "Not found", ApiText.Format("ProtocolNotFound", number));
}

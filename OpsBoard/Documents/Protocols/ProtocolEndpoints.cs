using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Auth;
using OpsBoard.Domain.Sla;
using OpsBoard.Items;

namespace OpsBoard.Documents.Protocols;

public sealed record SendProtocolRequest(IReadOnlyList<long>? StoryIds);

public sealed record ProtocolView(long Number, DateTimeOffset CreatedAt, string Sender, IReadOnlyList<long> StoryIds, string Pdf);

public static class ProtocolEndpoints
{
    public static RouteGroupBuilder MapProtocols(this RouteGroupBuilder api)
    {
        api.MapPost("/protocols", async (SendProtocolRequest request, HttpContext http, ProtocolService protocols) =>
        {
            var result = await protocols.SendAsync(http.User.ToActor(), request.StoryIds, http.RequestAborted);
            if (result.Errors is not null)
            {
                return Results.ValidationProblem(result.Errors.ToDictionary(), detail: result.Errors.Values.First()[0]);
            }
            if (result.Refused is { Count: > 0 } refused)
            {
                var status = refused.All(r => r.Result.Status == CommandStatus.NotFound) ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
                return Results.Problem(statusCode: status, title: "Nothing was sent",
                    detail: $"{refused.Count} of the stories cannot be sent, so none was: " + string.Join(" ", refused.Select(r => $"#{r.ItemId}: {r.Result.Detail}")),
                    extensions: new Dictionary<string, object?>
                    {
                        ["refused"] = refused.Select(r => new { itemId = r.ItemId, status = r.Result.Status.ToString(), reason = r.Result.Detail }).ToList(),
                    });
            }
            var p = result.Protocol!;
            return Results.Created($"/api/v1/protocols/{p.Number}/pdf",
                new ProtocolView(p.Number, p.CreatedAt, p.Sender, p.Stories.Select(s => s.ItemId).ToList(), $"/api/v1/protocols/{p.Number}/pdf"));
        });
        api.MapGet("/protocols/{number:long}/pdf", async (long number, ProtocolService protocols, IStringLocalizer<DocumentText> t,
            IOptions<PdfOptions> pdf, BusinessCalendar calendar, CancellationToken ct) =>
            await protocols.FindAsync(number, ct) is { } protocol
                ? DocumentEndpoints.Render(pdf.Value, () => ProtocolPdf.Render(protocol, t, calendar.Zone),
                    $"protocol-{number}.pdf")
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no protocol {number}."));
        return api;
    }
}

using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api.Fuzz;

/// <summary>
/// Sends fuzz requests one after another and holds every answer to the rules: never a 5xx, every 4xx is
/// problem+json, and a refused request leaves every table as it was.
/// </summary>
public sealed class FuzzRun(OpsBoardServer server, HttpClient client)
{
    private readonly List<string> _failures = [];
    private string? _baseline;

    public int Sent { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Sends one request; the answer's status and parsed body, for checks of its own.</summary>
    public async Task<(int Status, string Body)> SendAsync(FuzzRequest request)
    {
        _baseline ??= await TableFingerprint.OfAsync(server);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Path, UriKind.Relative));
        if (request.Body is not null || request.ContentType is not null)
        {
            message.Content = new ByteArrayContent(request.Body ?? []);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }
        using var response = await client.SendAsync(message);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        Sent++;
        var current = await TableFingerprint.OfAsync(server);
        var label = $"{request.Method} {Shorten(request.Path)} [{request.What}] -> {status} {mediaType}: {Shorten(body)}";
        if (status >= 500)
        {
            _failures.Add("5xx " + label);
        }
        else if (status >= 400 && mediaType != "application/problem+json")
        {
            _failures.Add("not problem+json " + label);
        }
        if (status >= 400 && current != _baseline)
        {
            _failures.Add($"changed the database ({_baseline} -> {current}) " + label);
        }
        _baseline = current;
        return (status, body);
    }

    public void Fail(string failure) => _failures.Add(failure);

    public void AssertClean(int atLeast)
    {
        Assert.True(Sent >= atLeast, $"only {Sent} requests were sent");
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {Sent} requests broke a rule:\n" + string.Join("\n", _failures.Take(40)));
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + $"…({text.Length})";
}

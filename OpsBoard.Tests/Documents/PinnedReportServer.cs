using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents;

/// <summary>
/// A report server whose "now" is the test's clock, seeded once by <see cref="SeedAsync"/>: a report
/// read back then counts ages and weeks from that clock, whatever day the tests run.
/// </summary>
public abstract class PinnedReportServer(DateTimeOffset start) : ReportServer
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _seeded;

    public TestClock Clock { get; } = new(start);

    public async Task ReadyAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!_seeded)
            {
                await SeedAsync();
                _seeded = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A client signed in at the clock's time: tokens taken before the clock moved may have expired on it.</summary>
    public Task<HttpClient> SignedIn(string user, string language = "en") => SignedInNow(user, language);

    /// <summary>Fetches a PDF as a manager and checks it is one.</summary>
    public async Task<byte[]> Pdf(string path, string language = "en")
    {
        await ReadyAsync();
        var response = await (await SignedIn("diego", language)).GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    protected abstract Task SeedAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

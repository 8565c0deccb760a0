using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard;
using OpsBoard.Components.Kit;
using OpsBoard.Data;
using OpsBoard.Documents;
using OpsBoard.Documents.DailyReport;
using OpsBoard.Documents.Layout;
using OpsBoard.Domain.Sla;
using OpsBoard.ReportBench;

// How long the daily report takes for a day with 10,000 finished items, next to two baselines
// measured in the same run: an empty document (PDFsharp's fixed cost) and the figures alone.
var file = Path.Combine(Path.GetTempPath(), "opsboard-reportbench-v1.db");
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Configuration["ConnectionStrings:OpsBoard"] = $"Data Source={file}";
builder.Services.AddUiKit();
builder.Services.AddOpsBoardData(builder.Configuration);
builder.Services.AddOpsBoardCore(builder.Configuration);
builder.Services.AddDocuments(builder.Configuration);
await using var app = builder.Build();
app.Services.MigrateDatabase();

var seeding = Stopwatch.StartNew();
await new BenchDay(app.Services).EnsureAsync();
Console.WriteLine($"Benchmark day {BenchDay.Day:yyyy-MM-dd} ready in {seeding.Elapsed.TotalSeconds:F1} s ({file})");

CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("pt-BR");
PdfSetup.Apply(app.Services.GetRequiredService<IOptions<PdfOptions>>().Value);
var zone = TimeZoneInfo.FindSystemTimeZoneById(app.Services.GetRequiredService<BusinessCalendarOptions>().TimeZone);
var text = app.Services.GetRequiredService<IStringLocalizer<DocumentText>>();
var words = app.Services.GetRequiredService<IStringLocalizer<OpsBoard.Domain.WorkflowText>>();

async Task<DailyReportData> Figures()
{
    using var scope = app.Services.CreateScope();
    return await scope.ServiceProvider.GetRequiredService<DailyReportQuery>().LoadAsync(BenchDay.Day);
}

byte[] Empty()
{
    using var flow = new PdfFlow(new DocumentInfo("empty", "empty", "bench", DateTimeOffset.UnixEpoch));
    TextBlock.Paragraph(flow, "OpsBoard", PdfFonts.Regular());
    return flow.Save((page, pages) => $"{page}/{pages}");
}

const int Runs = 7;
var empty = await Measure(() => Task.FromResult(Empty().Length));
var figures = await Measure(async () => (await Figures()).Workflows.Count);
byte[] pdf = [];
var full = await Measure(async () => (pdf = DailyReportPdf.Render(await Figures(), text, words, zone)).Length);
var data = await Figures();

// Other work on the machine stretches wall time; CPU time shows what the report itself costs.
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
Console.WriteLine($"Finished items on the day: {data.Workflows.Sum(w => w.Finished):N0}; PDF {pdf.Length / 1024.0:F0} KiB");
Console.WriteLine($"Median of {Runs} runs after one warm-up, {Environment.ProcessorCount} cores, load average {load}:");
Console.WriteLine($"                              wall ms    cpu ms");
Console.WriteLine($"  empty document (baseline)  {empty.Wall,8:F1}  {empty.Cpu,8:F1}");
Console.WriteLine($"  figures alone (baseline)   {figures.Wall,8:F1}  {figures.Cpu,8:F1}");
Console.WriteLine($"  full daily report          {full.Wall,8:F1}  {full.Cpu,8:F1}   {(full.Wall < 1000 ? "under" : "OVER")} the 1 s target");

static async Task<(double Wall, double Cpu)> Measure(Func<Task<int>> run)
{
    await run();
    var walls = new List<double>();
    var cpus = new List<double>();
    using var process = Process.GetCurrentProcess();
    for (var i = 0; i < Runs; i++)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await run();
        walls.Add(watch.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
    return (walls.Order().ElementAt(Runs / 2), cpus.Order().ElementAt(Runs / 2));
}

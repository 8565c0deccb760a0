using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsBoard.Board;
using OpsBoard.Collections;
using OpsBoard.Components.Live;
using OpsBoard.Data;
using OpsBoard.Documents.Protocols;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Live;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Wallboard;

/// <summary>The wallboard's services around a pinned clock, a São Paulo business day and an empty database in memory.</summary>
public abstract class WallboardTestContext : MudComponentTest
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 30, 0, TimeSpan.Zero);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    protected WallboardTestContext()
        : this(new TestClock(Now))
    {
    }

    private WallboardTestContext(TestClock clock)
        : base(clock)
    {
        var options = new BusinessCalendarOptions { TimeZone = "America/Sao_Paulo" };
        var calendar = new BusinessCalendar(options);
        _connection.Open();
        Services.AddSingleton(options);
        Services.AddSingleton(new BusinessTime(calendar));
        Services.AddSingleton(new LiveBus(NullLogger<LiveBus>.Instance));
        Services.AddSingleton(new BoardProjection(WorkflowCatalog.Default, QueueCatalog.Default, calendar, clock));
        Desk = new DeskProjection(Options.Create(new CollectionsOptions()), calendar, clock);
        Services.AddSingleton(Desk);
        Services.AddSingleton(new ProtocolWatch(new ProtocolLateness(calendar, Options.Create(new ProtocolOptions())), clock));
        Services.AddSingleton<ScopedRunner>();
        // The collections panel reads the month's goals from the database.
        Services.AddSingleton(Options.Create(new CollectionsOptions()));
        Services.AddSingleton(QueueCatalog.Default);
        Services.AddSingleton(_ => new WriteGate(null));
        Services.AddHttpContextAccessor();
        Services.AddSingleton<OpsBoard.Audit.AuditLog>();
        Services.AddScoped<OpsBoard.Items.Visibility.ItemAccess>();
        Services.AddScoped<DeskDirectory>();
        Services.AddSingleton<OpsBoard.Collections.Goals.DeskGoalBook>();
        Services.AddScoped<OpsBoard.Collections.Goals.GoalBook>();
        Services.AddScoped<AppliedPayments>();
        Services.AddDbContext<OpsBoardDbContext>(o => o.UseSqlite(_connection));
        using var db = new OpsBoardDbContext(new DbContextOptionsBuilder<OpsBoardDbContext>().UseSqlite(_connection).Options);
        db.Database.EnsureCreated();
    }

    protected DeskProjection Desk { get; }

    /// <summary>Rows put straight into the board's database, as earlier work would have left them.</summary>
    protected void Store(params object[] rows)
    {
        using var db = new OpsBoardDbContext(new DbContextOptionsBuilder<OpsBoardDbContext>().UseSqlite(_connection).Options);
        db.AddRange(rows);
        db.SaveChanges();
    }

    protected override void Dispose(bool disposing)
    {
        _connection.Dispose();
        base.Dispose(disposing);
    }
}

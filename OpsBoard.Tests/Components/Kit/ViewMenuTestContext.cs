using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Components.Live;
using OpsBoard.Data;
using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Views;

namespace OpsBoard.Tests.Components.Kit;

/// <summary>A list's views kept in a SQLite file of their own, read and written by the real saved-views service.</summary>
public abstract class ViewMenuTestContext : MudComponentTest
{
    protected static readonly Actor Carla = Actor.Of("carla", Roles.Lead);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"opsboard-views-{Guid.NewGuid():N}.db");

    protected ViewMenuTestContext()
    {
        Services.AddSingleton<ScopedRunner>();
        Services.AddDbContext<OpsBoardDbContext>(o => o.UseSqlite($"Data Source={_file};Pooling=False"));
        Services.AddScoped<SavedViews>();
        using var db = new OpsBoardDbContext(new DbContextOptionsBuilder<OpsBoardDbContext>().UseSqlite($"Data Source={_file};Pooling=False").Options);
        db.Database.EnsureCreated();
    }

    protected async Task<SavedViewDto> SavedAsync(string name, string owner = "carla", bool shared = false)
    {
        var request = new SaveViewRequest("queues", name, System.Text.Json.JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["q"] = name }),
            "due", false, shared);
        using var scope = Services.CreateScope();
        var (view, refusal) = await scope.ServiceProvider.GetRequiredService<SavedViews>().SaveAsync(Actor.Of(owner, Roles.Agent), request);
        return view ?? throw new InvalidOperationException(refusal?.Detail);
    }

    protected async Task<IReadOnlyList<SavedViewDto>> ViewsAsync()
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SavedViews>().ListAsync(Carla, "queues");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_file);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpsBoard.Data;

/// <summary>
/// How <c>dotnet ef</c> makes the context: migrations come from the model alone, so the tools need neither the
/// app's configuration nor its start-up (which would migrate and seed).
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OpsBoardDbContext>
{
    public OpsBoardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OpsBoardDbContext>().UseSqlite("Data Source=opsboard.db").Options);
}

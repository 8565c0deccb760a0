using OpsBoard.Bench.Serve;

namespace OpsBoard.Bench;

/// <summary>
/// Without arguments: runs every scenario against OpsBoard started in a child process and prints the table.
/// With <c>--serve {database}</c>: is that child process.
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--serve")
        {
            return await ServeMode.RunAsync(args[1]);
        }
        var options = BenchOptions.Parse(args);
        var directory = Path.Combine(Path.GetTempPath(), "opsboard-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var table = options.PostgreSql
                ? await new Postgres.PgDriver(options, directory, options.Nodes).RunAsync()
                : await new Driver(options, directory).RunAsync();
            Console.WriteLine();
            Console.WriteLine(table.ToMarkdown());
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}

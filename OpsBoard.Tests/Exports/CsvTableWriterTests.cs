using System.Text;
using OpsBoard.Exports;
using OpsBoard.Tests.Exports.Xlsx;

namespace OpsBoard.Tests.Exports;

public sealed class CsvTableWriterTests
{
    [Fact]
    public async Task A_csv_reaches_its_output_while_its_rows_are_still_being_written()
    {
        await using var output = new ResponseLikeStream();
        await using (var writer = new CsvTableWriter(output))
        {
            await writer.HeaderAsync(["Id", "Title", "Created"], [CellKind.Number, CellKind.Text, CellKind.DateTime], CancellationToken.None);
            for (var i = 1; i <= 100_000; i++)
            {
                await writer.RowAsync([(long)i, $"Item number {i}", new DateTime(2026, 12, 3, 9, 0, 0)], CancellationToken.None);
                output.RowsHandedOver = i;
            }
            await writer.CompleteAsync(CancellationToken.None);
        }

        var lines = Encoding.UTF8.GetString(output.Received).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id,Title,Created", lines[0]);
        Assert.Equal(100_001, lines.Length);
        Assert.Equal("100000,Item number 100000,2026-12-03 09:00:00", lines[^1]);
        // The first bytes left after a few thousand rows, and the rest in many pieces: nothing waited for the whole file.
        Assert.InRange(output.RowsAtFirstWrite!.Value, 1, 10_000);
        Assert.True(output.Writes > 10, $"{output.Writes} writes");
    }
}

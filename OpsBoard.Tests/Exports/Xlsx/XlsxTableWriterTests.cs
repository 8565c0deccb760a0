using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using OpsBoard.Exports;
using OpsBoard.Exports.Xlsx;

namespace OpsBoard.Tests.Exports.Xlsx;

public sealed class XlsxTableWriterTests
{
    [Fact]
    public async Task A_workbook_reaches_its_output_while_its_rows_are_still_being_written()
    {
        await using var output = new ResponseLikeStream();
        await using (var writer = new XlsxTableWriter(output, "Items"))
        {
            await writer.HeaderAsync(["Id", "Title", "Created"], [CellKind.Number, CellKind.Text, CellKind.DateTime], CancellationToken.None);
            for (var i = 1; i <= 100_000; i++)
            {
                await writer.RowAsync([(long)i, $"Item number {i}", new DateTime(2026, 12, 3, 9, 0, 0)], CancellationToken.None);
                output.RowsHandedOver = i;
            }
            await writer.CompleteAsync(CancellationToken.None);
        }

        var sheet = Workbook.Scan(output.Received);
        Assert.Equal(100_000, sheet.Rows);
        Assert.Equal("Item number 100000", sheet.Last[1]);
        Assert.InRange(output.RowsAtFirstWrite!.Value, 1, 10_000);
        Assert.True(output.Writes > 10, $"{output.Writes} writes");
    }

    [Fact]
    public async Task Markup_spaces_and_a_control_character_in_a_title_read_back_as_text()
    {
        await using var output = new ResponseLikeStream();
        await using (var writer = new XlsxTableWriter(output, "A & <B>"))
        {
            await writer.HeaderAsync(["Title", "Amount", "Due"], [CellKind.Text, CellKind.Number, CellKind.DateTime], CancellationToken.None);
            await writer.RowAsync([" <b>Tom & Jerry</b> \u0001", 1234.5m, new DateTime(2026, 12, 3, 18, 30, 0)], CancellationToken.None);
            await writer.RowAsync([null, null, null], CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }

        var rows = Workbook.Rows(output.Received);
        Assert.Equal("A & <B>", Workbook.SheetName(output.Received));
        Assert.Equal(" <b>Tom & Jerry</b> \uFFFD", Workbook.Text(rows[1][0]));
        Assert.Equal(CellValues.InlineString, rows[1][0].DataType!.Value);
        Assert.Equal(["A2", "B2", "C2"], rows[1].Select(c => c.CellReference!.Value));
        Assert.Equal("1234.5", Workbook.Text(rows[1][1]));
        Assert.Equal(new DateTime(2026, 12, 3, 18, 30, 0), DateTime.FromOADate(double.Parse(Workbook.Text(rows[1][2]), CultureInfo.InvariantCulture)));
        Assert.All(rows[2], c => Assert.Equal(string.Empty, Workbook.Text(c)));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_named_as_a_spreadsheet_names_them(int index, string name) =>
        Assert.Equal(name, XlsxTableWriter.ColumnName(index));
}

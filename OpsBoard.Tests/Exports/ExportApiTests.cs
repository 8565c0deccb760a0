using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Exports;

public sealed class ExportApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    private static string Marker() => "X" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_csv_export_has_the_filtered_rows_under_headers_in_the_readers_language()
    {
        var marker = Marker();
        var ana = await server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Cabify" }, $"{marker} claim, \"urgent\"");
        await ana.CreateItem("operation", new { client = "Z", amount = 10 }, $"{marker} operation");
        await ana.CreateItem("claim", new { client = "Other" }, "Not in the search");
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt-BR");

        var csv = await Workbook.Csv(ana, $"/api/v1/items/export?format=csv&type=claim&q={marker}");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nº,Tipo,Título,Estado,Responsável,Fila,Criado em,Prazo,Concluído em", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.StartsWith($"{claim.Id()},", row, StringComparison.Ordinal);
        Assert.Contains($"\"{marker} claim, \"\"urgent\"\"\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_export_reads_back_with_typed_cells_and_russian_headers()
    {
        var marker = Marker();
        var ana = await server.ClientFor("ana");
        var first = await ana.CreateItem("claim", new { client = "A" }, $"{marker} один");
        var second = await ana.CreateItem("claim", new { client = "B" }, $"{marker} два");
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var bytes = await Workbook.Xlsx(ana, $"/api/v1/items/export?format=xlsx&q={marker}&sort=id");

        var rows = Workbook.Rows(bytes);
        Assert.Equal(["№", "Тип", "Название", "Состояние", "Исполнитель", "Очередь", "Создано", "Срок", "Завершено"], rows[0].Select(Workbook.Text));
        Assert.Equal("Записи", Workbook.SheetName(bytes));
        Assert.Equal([first.Id(), second.Id()], rows.Skip(1).Select(r => long.Parse(Workbook.Text(r[0]), CultureInfo.InvariantCulture)));
        Assert.Equal($"{marker} один", Workbook.Text(rows[1][2]));
        Assert.Null(rows[1][0].DataType);
        Assert.Equal(CellValues.InlineString, rows[1][2].DataType!.Value);
        var created = DateTime.FromOADate(double.Parse(rows[1][6].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(1u, rows[1][6].StyleIndex!.Value);
        Assert.InRange(created, DateTime.UtcNow.AddDays(-2), DateTime.UtcNow.AddDays(2));
    }

    [Fact]
    public async Task Items_the_reader_may_not_see_are_left_out_of_the_export()
    {
        var marker = Marker();
        var carla = await server.ClientFor("carla");
        // A collection case is its holder's alone: an agent does not see another agent's cases.
        var hidden = await carla.CreateItem("collection", new { client = "Y", amountDue = 50m, daysOverdue = 3 }, $"{marker} for bruno");
        var assigned = await carla.PostAsJsonAsync($"/api/v1/items/{hidden.Id()}/assignment", new { assignee = "bruno", expectedVersion = hidden.Version() });
        Assert.True(assigned.IsSuccessStatusCode);
        var shown = await carla.CreateItem("collection", new { client = "Y", amountDue = 50m, daysOverdue = 3 }, $"{marker} in the queue");
        var ana = await server.ClientFor("ana");

        var forAna = await Workbook.Csv(ana, $"/api/v1/items/export?q={marker}");
        var forCarla = await Workbook.Csv(carla, $"/api/v1/items/export?q={marker}");

        Assert.Contains($"{marker} in the queue", forAna, StringComparison.Ordinal);
        Assert.DoesNotContain($"{marker} for bruno", forAna, StringComparison.Ordinal);
        Assert.Contains($"{marker} for bruno", forCarla, StringComparison.Ordinal);
        Assert.Contains($"{shown.Id()},", forCarla, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_that_a_spreadsheet_would_run_as_a_formula_is_exported_as_text()
    {
        var marker = Marker();
        var ana = await server.ClientFor("ana");
        await ana.CreateItem("claim", new { client = "E" }, $"=HYPERLINK(\"http://evil\",\"{marker}\")");
        await ana.CreateItem("claim", new { client = "E" }, $"@SUM(1) {marker}");
        await ana.CreateItem("claim", new { client = "E" }, $"-2+3 {marker}");

        var csv = await Workbook.Csv(ana, $"/api/v1/items/export?q={marker}&sort=id");

        var titles = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(l => l.Split(',', 3)[2]).ToList();
        Assert.StartsWith("\"'=HYPERLINK(", titles[0], StringComparison.Ordinal);
        Assert.StartsWith($"'@SUM(1) {marker}", titles[1], StringComparison.Ordinal);
        Assert.StartsWith($"'-2+3 {marker}", titles[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_or_order_is_refused_as_a_problem()
    {
        var ana = await server.ClientFor("ana");

        var format = await ana.GetAsync("/api/v1/items/export?format=pdf");
        var sort = await ana.GetAsync("/api/v1/items/export?sort=colour");

        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        Assert.Equal("application/problem+json", format.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await format.Json())["errors"]!["format"]);
        Assert.NotNull((await sort.Json())["errors"]!["sort"]);
    }

    [Fact]
    public async Task Deposits_export_as_a_workbook_with_the_amount_as_a_number()
    {
        var bruno = await server.ClientFor("bruno");
        var reference = Marker();
        var registered = await bruno.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 1234.56m, reference, channel = "PIX" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var rows = Workbook.Rows(await Workbook.Xlsx(bruno, "/api/v1/collections/deposits/export?format=xlsx"));

        var row = Assert.Single(rows, r => r.Count > 3 && Workbook.Text(r[3]) == reference);
        Assert.Equal("1234.56", Workbook.Text(row[2]));
        Assert.Null(row[2].DataType);
        Assert.Equal("Amount", Workbook.Text(rows[0][2]));
    }
}

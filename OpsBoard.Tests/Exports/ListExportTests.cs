using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Clients;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Exports;

public sealed class ListExportTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task The_protocols_export_as_a_workbook_with_portuguese_headers_and_the_protocol_still_out()
    {
        var ana = await server.ClientFor("ana");
        var story = await ana.CreateItem("story", new { client = "Cadastro Inês Lobo", documentsReceived = new[] { "RG" } });
        await ana.FireOk(story.Id(), "Approve", (await ana.FireOk(story.Id(), "StartReview", story.Version())).Version());
        var sent = await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = new[] { story.Id() } });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var number = (await sent.Json())["number"]!.GetValue<long>();
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt-BR");

        var bytes = await Workbook.Xlsx(ana, "/api/v1/protocols/export?format=xlsx&status=out");
        var back = await ana.GetAsync("/api/v1/protocols/export?format=xlsx&status=back");
        var unknown = await ana.GetAsync("/api/v1/protocols/export?status=lost");

        var rows = Workbook.Rows(bytes);
        Assert.Equal("Protocolos", Workbook.SheetName(bytes));
        Assert.Equal(["Número", "Criado em", "Enviado por", "Histórias", "Retorno previsto", "Atrasado", "Assinado em", "Registrado por"],
            rows[0].Select(Workbook.Text));
        var row = rows.Single(r => Workbook.Text(r[0]) == number.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("1", Workbook.Text(row[3]));
        Assert.Equal("Não", Workbook.Text(row[5]));
        Assert.Single(Workbook.Rows(await back.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task The_portfolio_exports_with_the_pages_filters_guarded_against_formulas_and_only_for_whom_may_open_it()
    {
        var carla = await server.ClientFor("carla");
        var big = await carla.CreateItem("collection", new { client = "=HYPERLINK(\"http://evil\")", amountDue = 987654m, daysOverdue = 40m });
        await carla.CreateItem("collection", new { client = "Small debtor", amountDue = 12m, daysOverdue = 40m });
        carla.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var csv = await Workbook.Csv(carla, "/api/v1/collections/portfolio/export?format=csv&agent=all&minAmount=987000");
        var notHers = await (await server.ClientFor("ana")).GetAsync("/api/v1/collections/portfolio/export?agent=bruno");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id,Title,Client,Assignee,State,Amount due,Days overdue,Last call,Calls,Promised for,Promised amount", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.StartsWith($"{big.Id()},", row, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", row, StringComparison.Ordinal);
        Assert.Contains(",987654,40,", row, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notHers.StatusCode);
    }

    [Fact]
    public async Task A_clients_items_export_holds_only_that_clients_items_of_the_chosen_desk_in_spanish()
    {
        var ana = await server.ClientFor("ana");
        var name = $"Cliente {Guid.NewGuid():N}";
        var claim = await ana.CreateItem("claim", new { client = name });
        await ana.CreateItem("story", new { client = name });
        await ana.CreateItem("claim", new { client = "Someone else" });
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var csv = await Workbook.Csv(ana, $"/api/v1/clients/{claim.ClientId()}/items/export?type=claim");
        var missing = await ana.GetAsync("/api/v1/clients/987654321/items/export");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("N.º,Tipo,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{claim.Id()},", Assert.Single(lines[1..]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

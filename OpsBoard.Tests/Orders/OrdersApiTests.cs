using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using OpsBoard.Tests.Files;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Orders;

public sealed class OrdersApiTests(ItemFilesServer server) : IClassFixture<ItemFilesServer>
{
    [Fact]
    public async Task An_order_goes_through_the_desk_and_the_warehouse_to_documents_sent_once_its_documents_are_attached()
    {
        var ana = await server.ClientFor("ana");
        var order = await ana.CreateOrder("ООО Ромашка");
        Assert.Equal(("Received", "orders"), ((string?)order["state"], (string?)order["queue"]));
        var delivered = await ana.DeliverOrder(order, await server.ClientFor("wanda"));
        Assert.Equal("Delivered", (string?)delivered["state"]);

        var upload = await ana.Upload($"/api/v1/items/{order.Id()}/files", "file", "%PDF-1.4 накладная ТОРГ-12"u8.ToArray(), "torg12.pdf");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var sent = await ana.FireOk(order.Id(), "SendDocuments", delivered.Version() + 1);

        Assert.Equal("DocumentsSent", (string?)sent["state"]);
        Assert.Null((string?)sent["queue"]);
        var history = (await ana.GetJson($"/api/v1/items/{order.Id()}/history")).AsArray();
        Assert.Equal(["Create", "Confirm", "SendToWarehouse", "Pick", "Ship", "Deliver", "AttachFile", "SendDocuments"],
            history.Select(h => (string?)h!["trigger"]));
    }

    [Fact]
    public async Task Sending_the_documents_of_an_order_without_a_file_is_refused_with_the_reason_and_changes_nothing()
    {
        var ana = await server.ClientFor("ana");
        var delivered = await ana.DeliverOrder(await ana.CreateOrder("ИП Петров"), await server.ClientFor("wanda"));

        var response = await ana.Fire(delivered.Id(), "SendDocuments", delivered.Version());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("OrderDocumentsNeedFile", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await ana.GetJson($"/api/v1/items/{delivered.Id()}");
        Assert.Equal(("Delivered", delivered.Version()), ((string?)after["state"], after.Version()));
        Assert.Equal(0, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {delivered.Id()} AND Trigger = 'SendDocuments'"));
    }

    [Fact]
    public async Task An_order_whose_lines_are_not_product_and_quantity_is_refused_naming_the_lines_and_nothing_is_stored()
    {
        var ana = await server.ClientFor("ana");
        var before = await server.Scalar("SELECT COUNT(*) FROM Items WHERE Type = 'order'");

        var response = await ana.PostAsJsonAsync("/api/v1/items", new
        {
            type = "order", title = "Bad lines",
            fields = new { client = "ООО Лютик", channel = "site", lines = new[] { "Paper A4 x 10", "some toner" }, amount = 10m },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Json();
        Assert.Contains("some toner", (string?)problem["errors"]!["lines"]![0], StringComparison.Ordinal);
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM Items WHERE Type = 'order'"));
    }

    [Fact]
    public async Task A_claim_opened_from_an_order_carries_its_category_and_order_and_its_evidence_pack_lists_each_file_with_its_hash()
    {
        var ana = await server.ClientFor("ana");
        var order = await ana.DeliverOrder(await ana.CreateOrder("ООО Василёк", "Заказ 17"), await server.ClientFor("wanda"));

        var opened = await ana.PostAsJsonAsync($"/api/v1/items/{order.Id()}/claims", new { category = "shortage", description = "2 boxes missing" });
        Assert.True(opened.StatusCode == HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var claim = await opened.Json();
        Assert.Equal(("claim", "shortage", order.Id()), ((string?)claim["type"], (string?)claim["fields"]!["category"], claim["fields"]!["orderId"]!.GetValue<long>()));
        Assert.Equal(order["clientId"]!.GetValue<long>(), claim["clientId"]!.GetValue<long>());
        var photo = "%PDF-1.4 фото накладной"u8.ToArray();
        var act = "%PDF-1.4 акт о недостаче"u8.ToArray();
        await ana.Upload($"/api/v1/items/{claim.Id()}/files", "file", photo, "photo.pdf");
        await ana.Upload($"/api/v1/items/{claim.Id()}/files", "file", act, "act.pdf");

        var pdf = await ana.GetByteArrayAsync($"/api/v1/items/{claim.Id()}/evidence.pdf");

        var text = await Documents.PdfTools.Text(pdf);
        Assert.Contains($"#{claim.Id()}", text, StringComparison.Ordinal);
        Assert.Contains("Заказ 17", text, StringComparison.Ordinal);
        Assert.Contains("photo.pdf", text, StringComparison.Ordinal);
        Assert.Contains("act.pdf", text, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(photo)), text, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(act)), text, StringComparison.Ordinal);
        Assert.Contains(photo.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_pack_is_read_in_the_language_of_the_request()
    {
        var ana = await server.ClientFor("ana");
        var order = await ana.CreateOrder("ООО Ландыш");
        var claim = await (await ana.PostAsJsonAsync($"/api/v1/items/{order.Id()}/claims", new { category = "defect" })).Json();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/items/{claim.Id()}/evidence.pdf");
        request.Headers.AcceptLanguage.ParseAdd("ru");

        var pdf = await (await ana.SendAsync(request)).Content.ReadAsByteArrayAsync();

        var text = await Documents.PdfTools.Text(pdf);
        Assert.Contains("Пакет доказательств", text, StringComparison.Ordinal);
        Assert.Contains("Файлы не приложены.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_that_names_an_item_that_is_not_an_order_is_refused_and_so_is_the_evidence_pack_of_an_order()
    {
        var ana = await server.ClientFor("ana");
        var other = await ana.CreateItem("claim", new { client = "ООО Пион" });
        var order = await ana.CreateOrder("ООО Пион");

        var byApi = await ana.PostAsJsonAsync("/api/v1/items", new { type = "claim", title = "x", fields = new { client = "ООО Пион", orderId = other.Id() } });
        var fromClaim = await ana.PostAsJsonAsync($"/api/v1/items/{other.Id()}/claims", new { category = "damage" });
        var noCategory = await ana.PostAsJsonAsync($"/api/v1/items/{order.Id()}/claims", new { description = "?" });
        var pack = await ana.GetAsync($"/api/v1/items/{order.Id()}/evidence.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, byApi.StatusCode);
        Assert.NotNull((await byApi.Json())["errors"]!["orderId"]);
        Assert.Equal(HttpStatusCode.BadRequest, fromClaim.StatusCode);
        Assert.NotNull((await noCategory.Json())["errors"]!["category"]);
        Assert.Equal(HttpStatusCode.Conflict, pack.StatusCode);
    }

    [Fact]
    public async Task The_claim_days_of_the_client_contract_override_the_default_deadline_and_only_leads_set_them()
    {
        var ana = await server.ClientFor("ana");
        var carla = await server.ClientFor("carla");
        var order = await ana.CreateOrder("ООО Незабудка");
        var clientId = order["clientId"]!.GetValue<long>();
        var plain = await (await ana.PostAsJsonAsync($"/api/v1/items/{order.Id()}/claims", new { category = "expired" })).Json();

        var byAgent = await ana.PutAsJsonAsync($"/api/v1/clients/{clientId}/claim-days", new { days = 10 });
        var tooMany = await carla.PutAsJsonAsync($"/api/v1/clients/{clientId}/claim-days", new { days = 61 });
        var set = await carla.PutAsJsonAsync($"/api/v1/clients/{clientId}/claim-days", new { days = 10 });
        var contract = await (await ana.PostAsJsonAsync($"/api/v1/items/{order.Id()}/claims", new { category = "expired", daysAllowed = "3" })).Json();

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Null(plain["fields"]!["contractDays"]);
        Assert.Equal(10m, contract["fields"]!["contractDays"]!.GetValue<decimal>());
        var plainDue = plain["slaDueAt"]!.GetValue<DateTimeOffset>();
        var contractDue = contract["slaDueAt"]!.GetValue<DateTimeOffset>();
        // Seven business days more are at least seven calendar days more, whatever weekends fall between.
        Assert.True(contractDue - plainDue >= TimeSpan.FromDays(7), $"{plainDue:O} then {contractDue:O}");
    }

    [Fact]
    public async Task The_daily_report_counts_open_orders_by_channel_and_state()
    {
        var ana = await server.ClientFor("ana");
        var carla = await server.ClientFor("carla");
        await ana.CreateItem("order", new { client = "ООО Астра", channel = "salesRep", lines = new[] { "Clips x 5" }, amount = 20m });

        var text = await Documents.PdfTools.Text(await carla.GetByteArrayAsync("/api/v1/reports/daily"));

        Assert.Contains("Open orders by channel and state", text, StringComparison.Ordinal);
        Assert.Contains("Sales rep Received", text, StringComparison.Ordinal);
    }
}

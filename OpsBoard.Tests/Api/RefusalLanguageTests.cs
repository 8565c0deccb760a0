using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>The same bad requests, answered in the caller's language with fields, triggers and states named as the screens name them.</summary>
/// <summary>The REST contract, the same on either database: see the two classes at the end.</summary>
public abstract class RefusalLanguageTests(OpsBoardServer server)
{
    public static TheoryData<string, string, string, string, string, string> Languages => new()
    {
        {
            "en", "Root cause is required.", "Some fields are missing or invalid.",
            "The item changed since the version you saw; it is now at version 2. Reload and try again.",
            "'Settle' is not permitted in state Received.", "The deposit's amount must be more than zero."
        },
        {
            "pt-BR", "Causa raiz é obrigatório.", "Há campos faltando ou inválidos.",
            "O item mudou desde a versão que você viu; agora está na versão 2. Recarregue e tente de novo.",
            "“Liquidar” não é permitido no estado “Recebido”.", "O valor do depósito deve ser maior que zero."
        },
        {
            "es", "Causa raíz es obligatorio.", "Faltan campos o hay campos no válidos.",
            "El elemento cambió desde la versión que usted vio; ahora está en la versión 2. Recargue e inténtelo de nuevo.",
            "«Liquidar» no está permitido en el estado «Recibido».", "El importe del depósito debe ser mayor que cero."
        },
        {
            "ru", "Поле «Первопричина» обязательно.", "Некоторые поля не заполнены или заполнены неверно.",
            "Запись изменилась с той версии, которую вы видели; сейчас это версия 2. Обновите страницу и попробуйте ещё раз.",
            "Действие «Провести расчёт» недоступно в состоянии «Получено».", "Сумма платежа должна быть больше нуля."
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_refused_request_says_why_in_the_callers_language(string language, string fieldRequired, string fieldsInvalid,
        string stale, string notPermitted, string depositAmount)
    {
        var ana = await server.ClientFor("ana");
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var claim = await ana.CreateItem("claim", new { client = "X" });
        await ana.FireOk(claim.Id(), "StartInvestigation", 1);
        var operation = await ana.CreateItem("operation", new { client = "Z", amount = 10 });

        var missing = await Refusal(ana.Fire(claim.Id(), "Resolve", 2, new { verdict = "accepted" }), HttpStatusCode.BadRequest);
        var outdated = await Refusal(ana.Fire(claim.Id(), "Resolve", 1), HttpStatusCode.Conflict);
        var wrongState = await Refusal(ana.Fire(operation.Id(), "Settle", 1), HttpStatusCode.Conflict);
        var deposit = await Refusal(ana.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = -5, reference = "TED 77" }), HttpStatusCode.BadRequest);

        Assert.Equal(fieldRequired, (string?)missing["errors"]!["rootCause"]![0]);
        Assert.Equal(fieldsInvalid, (string?)missing["detail"]);
        Assert.Equal(stale, (string?)outdated["detail"]);
        Assert.Equal(notPermitted, (string?)wrongState["detail"]);
        Assert.Equal(depositAmount, (string?)deposit["errors"]!["amount"]![0]);
        Assert.Equal(fieldsInvalid, (string?)deposit["detail"]);
    }

    [Fact]
    public async Task The_language_chosen_on_the_screens_wins_over_the_browsers_on_the_api_too()
    {
        var ana = await server.ClientFor("ana");
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        ana.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Des%7Cuic%3Des");

        var unknown = await Refusal(ana.GetAsync("/api/v1/items/987654"), HttpStatusCode.NotFound);

        Assert.Equal("El elemento 987654 no existe.", (string?)unknown["detail"]);
    }

    private static async Task<JsonNode> Refusal(Task<HttpResponseMessage> request, HttpStatusCode status)
    {
        var response = await request;
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Json();
    }
}

public sealed class RefusalLanguageTestsOnSqlite(OpsBoardServer server) : RefusalLanguageTests(server), IClassFixture<OpsBoardServer>;

public sealed class RefusalLanguageTestsOnPostgreSql(PostgreSqlServer server) : RefusalLanguageTests(server), IClassFixture<PostgreSqlServer>;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

/// <summary>The steps a dossier goes through over the API, so tests read as what people do.</summary>
public static class DossierSteps
{
    public static Task<JsonObject> CreateDossier(this HttpClient client, string name = "Transportes Araújo") =>
        client.CreateItem("onboarding", new { client = name, address = "Rua Augusta 500", serviceFrequency = "Daily", moneyProcessing = true }, $"New client — {name}");

    public static async Task<JsonNode> PostOk(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Json();
    }

    public static Task<HttpResponseMessage> Upload(this HttpClient client, string url, string field, byte[] content, string fileName, params (string Name, string Value)[] form)
    {
        var multipart = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        multipart.Add(file, field, fileName);
        foreach (var (name, value) in form)
        {
            multipart.Add(new StringContent(value), name);
        }
        return client.PostAsync(url, multipart);
    }

    /// <summary>Every document on paper, then submitted: the dossier waits for verification.</summary>
    public static async Task<JsonNode> SubmitOnPaper(this HttpClient client, long id)
    {
        var version = 1;
        foreach (var document in OnboardingChecklist.Documents)
        {
            version = (await client.PostOk($"/api/v1/onboarding/{id}/documents/{document}", new { expectedVersion = version })).Version();
        }
        return await client.FireOk(id, "SubmitDocuments", version);
    }

    /// <summary>A dossier verified by the given client, waiting for the areas' signatures.</summary>
    public static async Task<JsonNode> Notified(this HttpClient maker, string name = "Transportes Araújo")
    {
        var dossier = await maker.CreateDossier(name);
        var submitted = await maker.SubmitOnPaper(dossier.Id());
        return await maker.PostOk($"/api/v1/onboarding/{dossier.Id()}/verify", new { expectedVersion = submitted.Version() });
    }
}

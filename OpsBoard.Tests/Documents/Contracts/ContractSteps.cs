using System.Security.Cryptography;
using System.Text;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.Contracts;

/// <summary>The desk's steps around a contract, as a client of the API takes them.</summary>
public static class ContractSteps
{
    public const string SwiftReference = "SCP2026/0001";

    /// <summary>A scanned contract of its own content, so each operation's copy has its own SHA-256.</summary>
    public static byte[] ScannedContract(long id) => Encoding.ASCII.GetBytes($"%PDF-1.4 signed contract of operation {id} {Guid.NewGuid():N}");

    /// <summary>Attaches a signed copy to the operation; its SHA-256 and the operation's version after the attachment.</summary>
    public static async Task<(string Sha256, int Version)> AttachSignedCopy(this HttpClient client, long id, byte[]? content = null, string name = "contrato-assinado.pdf")
    {
        content ??= ScannedContract(id);
        var response = await client.Upload($"/api/v1/items/{id}/files", "file", content, name);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (Convert.ToHexStringLower(SHA256.HashData(content)), (await client.GetJson($"/api/v1/items/{id}")).Version());
    }

    /// <summary>Attaches a signed copy and signs with it; the version after both.</summary>
    public static async Task<int> Sign(this HttpClient client, long id)
    {
        var (sha, v) = await client.AttachSignedCopy(id);
        return (await client.FireOk(id, "SignContract", v, new { signedCopy = sha })).Version();
    }
}

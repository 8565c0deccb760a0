using OpsBoard.Clients;

namespace OpsBoard.Tests.Clients;

public sealed class ClientRulesTests
{
    private static ClientRequest Valid => new("Acme Ltda", null, "12.345.678/0001-95", "company",
        [new("phone", "+55 (11) 98765-4321"), new("email", "finance@acme.example"), new("chat", "@acme_ops")], new(250_000m, "usd"));

    [Fact]
    public void A_complete_client_passes_trimmed_with_its_currency_in_capitals()
    {
        var (client, errors) = ClientRules.Check(Valid with { Name = "  Acme Ltda " });
        Assert.Empty(errors);
        Assert.Equal("Acme Ltda", client!.Name);
        Assert.Equal(ClientSegment.Company, client.Segment);
        Assert.Equal("USD", client.LimitCurrency);
        Assert.Equal(3, client.Contacts.Count);
    }

    [Theory]
    [InlineData("CPF 123.456.789-09")]
    [InlineData("12-3456789")]
    [InlineData("7707083893")]
    public void Tax_ids_are_read_loosely(string taxId) => Assert.Empty(ClientRules.Check(Valid with { TaxId = taxId }).Errors);

    private static readonly Dictionary<string, ClientRequest> Cases = new()
    {
        ["blank name"] = Valid with { Name = " " },
        ["long name"] = Valid with { Name = new string('a', 201) },
        ["markup in tax id"] = Valid with { TaxId = "12<script>" },
        ["long tax id"] = Valid with { TaxId = new string('1', 33) },
        ["unknown segment"] = Valid with { Segment = "gold" },
        ["segment by number"] = Valid with { Segment = "1" },
        ["no segment"] = Valid with { Segment = null },
        ["system code"] = Valid with { Code = "CLI-000001" },
        ["code with a space"] = Valid with { Code = "has space" },
        ["unknown contact kind"] = Valid with { Contacts = [new("fax", "123456")] },
        ["phone without digits"] = Valid with { Contacts = [new("phone", "call me")] },
        ["second e-mail bad"] = Valid with { Contacts = [new("email", "a@b.example"), new("email", "not-an-address")] },
        ["too many contacts"] = Valid with { Contacts = [.. Enumerable.Range(0, 21).Select(n => new ClientContactRequest("chat", $"@{n}"))] },
        ["negative limit"] = Valid with { ApprovedLimit = new(-1m, "USD") },
        ["limit in words"] = Valid with { ApprovedLimit = new(10m, "dollars") },
        ["limit without amount"] = Valid with { ApprovedLimit = new(null, "USD") },
    };

    [Theory]
    [InlineData("blank name", "name")]
    [InlineData("long name", "name")]
    [InlineData("markup in tax id", "taxId")]
    [InlineData("long tax id", "taxId")]
    [InlineData("unknown segment", "segment")]
    [InlineData("segment by number", "segment")]
    [InlineData("no segment", "segment")]
    [InlineData("system code", "code")]
    [InlineData("code with a space", "code")]
    [InlineData("unknown contact kind", "contacts[0]")]
    [InlineData("phone without digits", "contacts[0]")]
    [InlineData("second e-mail bad", "contacts[1]")]
    [InlineData("too many contacts", "contacts")]
    [InlineData("negative limit", "approvedLimit")]
    [InlineData("limit in words", "approvedLimit")]
    [InlineData("limit without amount", "approvedLimit")]
    public void A_bad_part_is_refused_by_its_name(string when, string field)
    {
        var (client, errors) = ClientRules.Check(Cases[when]);
        Assert.Null(client);
        Assert.Equal([field], errors.Keys);
    }
}

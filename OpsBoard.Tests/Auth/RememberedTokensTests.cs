using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using OpsBoard.Auth;

namespace OpsBoard.Tests.Auth;

public sealed class RememberedTokensTests
{
    private readonly CountingFormat _inner = new();

    [Fact]
    public void A_token_read_once_is_not_decrypted_again()
    {
        var tokens = new RememberedTokens(_inner);
        var token = tokens.Protect(Ticket("ana"));

        var first = tokens.Unprotect(token);
        var second = tokens.Unprotect(token);

        Assert.Equal(1, _inner.Reads);
        Assert.Equal("ana", first!.Principal.Identity!.Name);
        Assert.Equal("ana", second!.Principal.Identity!.Name);
    }

    [Fact]
    public void Each_call_gets_its_own_copy_of_the_ticket()
    {
        var tokens = new RememberedTokens(_inner);
        var token = tokens.Protect(Ticket("ana"));

        var first = tokens.Unprotect(token)!;
        first.Properties.Items["changed"] = "yes";
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim("extra", "1"));
        var second = tokens.Unprotect(token)!;

        Assert.False(second.Properties.Items.ContainsKey("changed"));
        Assert.Null(second.Principal.FindFirst("extra"));
    }

    [Fact]
    public void A_token_that_does_not_read_is_refused_every_time()
    {
        var tokens = new RememberedTokens(_inner);

        Assert.Null(tokens.Unprotect("forged"));
        Assert.Null(tokens.Unprotect("forged"));
        Assert.Equal(2, _inner.Reads);
    }

    private static AuthenticationTicket Ticket(string name) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test")), "BearerToken");

    /// <summary>Stands in for data protection: a token is the index of a ticket it handed out.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        private readonly List<AuthenticationTicket> _issued = [];

        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => Protect(data, null);

        public string Protect(AuthenticationTicket data, string? purpose)
        {
            _issued.Add(data);
            return $"token-{_issued.Count - 1}";
        }

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return protectedText is { } text && text.StartsWith("token-", StringComparison.Ordinal)
                ? _issued[int.Parse(text["token-".Length..], System.Globalization.CultureInfo.InvariantCulture)]
                : null;
        }
    }
}

using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace OpsBoard.Auth;

/// <summary>
/// Remembers the bearer tokens already read, so that an API call does not decrypt and verify the
/// same token again: with a hundred agents calling, that was a tenth of the server's time. The
/// handler still checks each ticket's expiry on every call, and each call gets its own copy.
/// </summary>
internal sealed class RememberedTokens(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>More distinct live tokens than this and all are forgotten (read again on their next use).</summary>
    private const int Most = 10_000;

    private readonly ConcurrentDictionary<string, AuthenticationTicket> _read = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }
        if (!_read.TryGetValue(protectedText, out var ticket))
        {
            // A token that fails to read is not remembered: it is refused every time, as before.
            ticket = inner.Unprotect(protectedText);
            if (ticket is null)
            {
                return null;
            }
            if (_read.Count >= Most)
            {
                _read.Clear();
            }
            _read[protectedText] = ticket;
        }
        // ClaimsPrincipal.Clone shares its identities; each call gets identities of its own.
        return new AuthenticationTicket(new ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone())), ticket.Properties.Clone(),
            ticket.AuthenticationScheme);
    }
}

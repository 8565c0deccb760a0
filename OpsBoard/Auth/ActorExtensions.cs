using System.Security.Claims;
using OpsBoard.Domain.Engine;

namespace OpsBoard.Auth;

public static class ActorExtensions
{
    /// <summary>The actor the server trusts: the signed-in name and the roles in the signed token or cookie.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "anonymous",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());
}

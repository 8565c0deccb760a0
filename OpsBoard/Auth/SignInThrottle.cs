using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpsBoard.Api;

namespace OpsBoard.Auth;

/// <summary>Caps the sign-in posts one remote address may make, whichever names it tries.</summary>
public static class SignInThrottle
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInThrottle(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value.PerAddressPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = "60";
                await Problems.Problem(StatusCodes.Status429TooManyRequests, "Too many requests", ApiText.Get("TooManyRequests")).ExecuteAsync(http);
            };
        });
        return services;
    }
}

using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using OpsBoard.Deployment;

namespace OpsBoard.Security;

public static class SecurityExtensions
{
    public static IServiceCollection AddOpsBoardSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = new ProxyOptions();
        configuration.GetSection("OpsBoard:Proxy").Bind(proxy);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy in front: the client is the last address it appends.
            o.ForwardLimit = 1;
            if (proxy.KnownProxies.Count > 0)
            {
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
                foreach (var address in proxy.KnownProxies)
                {
                    o.KnownProxies.Add(IPAddress.Parse(address));
                }
            }
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline: the forwarded scheme and client address must be in place before the cookie decides
    /// whether it is Secure and before the sign-in throttle picks the client's partition; the headers wrap everything.
    /// </summary>
    public static WebApplication UseOpsBoardSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseNodeNameHeader();
        return app;
    }
}

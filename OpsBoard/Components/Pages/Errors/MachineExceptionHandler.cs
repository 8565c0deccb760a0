using Microsoft.AspNetCore.Diagnostics;

namespace OpsBoard.Components.Pages.Errors;

/// <summary>An unhandled error on the API or the hub answers problem+json; pages fall through to /error.</summary>
public sealed class MachineExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ErrorPagesExtensions.IsForMachines(httpContext))
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception });
    }
}

namespace OpsBoard.Audit;

public static class AuditedEndpoint
{
    /// <summary>
    /// Leaves an audit row of the given kind for every answer of the endpoint that was not a refusal: the subject is
    /// the path asked for, the detail its route values. Marked on the mapping, so the handler stays as it was.
    /// </summary>
    public static RouteHandlerBuilder Audited(this RouteHandlerBuilder endpoint, string kind) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var answer = result is INestedHttpResult nested ? nested.Result : result;
            if (answer is not IStatusCodeHttpResult { StatusCode: >= 400 })
            {
                var http = context.HttpContext;
                var values = http.Request.RouteValues.ToDictionary(v => v.Key, v => v.Value?.ToString());
                await http.RequestServices.GetRequiredService<AuditLog>().RecordAsync(kind, http.Request.Path.Value ?? "", values, ct: http.RequestAborted);
            }
            return result;
        });
}

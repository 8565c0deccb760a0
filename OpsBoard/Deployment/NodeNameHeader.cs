namespace OpsBoard.Deployment;

/// <summary>
/// Behind a proxy with several nodes, an operator (or a test) needs to know which node answered: with
/// <c>OpsBoard:NodeName</c> set, every answer carries it in <c>X-OpsBoard-Node</c>. Unset, nothing is added.
/// </summary>
public static class NodeNameHeader
{
    public const string Name = "X-OpsBoard-Node";

    public static WebApplication UseNodeNameHeader(this WebApplication app)
    {
        var node = app.Configuration["OpsBoard:NodeName"];
        if (!string.IsNullOrWhiteSpace(node))
        {
            app.Use((context, next) =>
            {
                context.Response.Headers[Name] = node;
                return next(context);
            });
        }
        return app;
    }
}

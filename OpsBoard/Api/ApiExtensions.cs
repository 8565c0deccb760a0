using OpsBoard.Auth;
using OpsBoard.Backups;
using OpsBoard.Collections;
using OpsBoard.Documents;
using OpsBoard.Exports;
using OpsBoard.History;
using OpsBoard.Items.Bulk;
using OpsBoard.Onboarding;
using OpsBoard.Views;

namespace OpsBoard.Api;

public static class ApiExtensions
{
    public static WebApplication MapOpsBoardApi(this WebApplication app)
    {
        app.UseJsonBodyGuard();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAuth();
        app.MapGroup("/api/v1").RequireAuthorization()
            .MapItems()
            .MapHistoryAudit()
            .MapBackups()
            .MapWorkflows()
            .MapQueues()
            .MapOnboarding()
            .MapCollections()
            .MapDocuments()
            .MapSavedViews()
            .MapExports()
            .MapBulk();
        return app;
    }
}

using OpsBoard.Auth;
using OpsBoard.Backups;
using OpsBoard.Clients;
using OpsBoard.Collections;
using OpsBoard.Contacts;
using OpsBoard.Documents;
using OpsBoard.Exports;
using OpsBoard.Files;
using OpsBoard.Fx;
using OpsBoard.History;
using OpsBoard.Items.Bulk;
using OpsBoard.Onboarding;
using OpsBoard.Orders;
using OpsBoard.Views;

namespace OpsBoard.Api;

public static class ApiExtensions
{
    public static WebApplication MapOpsBoardApi(this WebApplication app)
    {
        app.UseJsonBodyGuard();
        app.UseNulTextGuard();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAuth();
        app.MapGroup("/api/v1").RequireAuthorization()
            .MapItems()
            .MapHistoryAudit()
            .MapBackups()
            .MapWorkflows()
            .MapQueues()
            .MapOnboarding()
            .MapItemFiles()
            .MapContacts()
            .MapCollections()
            .MapDocuments()
            .MapFx()
            .MapClients()
            .MapSavedViews()
            .MapExports()
            .MapBulk()
            .MapItemTimes()
            .MapOrders();
        return app;
    }
}

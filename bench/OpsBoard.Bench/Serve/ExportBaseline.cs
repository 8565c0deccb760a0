using OpsBoard.Domain.Engine;
using OpsBoard.Exports;
using OpsBoard.Items;

namespace OpsBoard.Bench.Serve;

/// <summary>
/// On the control port, the same items export as <c>GET /api/v1/items/export?format=xlsx</c> for a lead, through the
/// product's own query and columns, but written by the earlier writer (<see cref="OpenXmlTableWriter"/>).
/// </summary>
public static class ExportBaseline
{
    private static readonly Actor Lead = new("carla", new HashSet<string> { OpsBoard.Domain.Roles.Lead });

    public static void MapExportBaseline(this WebApplication control, IServiceProvider product) =>
        control.MapGet("/export/openxml", async (HttpContext http) =>
        {
            await using var scope = product.CreateAsyncScope();
            var export = scope.ServiceProvider.GetRequiredService<ItemExport>();
            http.Response.ContentType = ExportFormat.Xlsx.ContentType();
            await using var writer = new OpenXmlTableWriter(http.Response.Body, ExportText.Get("SheetItems"));
            await export.WriteAsync(writer, new ItemFilter(), null, Lead, http.RequestAborted);
        });
}

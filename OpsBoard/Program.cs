using OpsBoard;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Cli;
using OpsBoard.Clients;
using OpsBoard.Collections;
using OpsBoard.Components;
using OpsBoard.Contacts;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Pages.Errors;
using OpsBoard.Data;
using OpsBoard.Documents;
using OpsBoard.Live;
using OpsBoard.Files;
using OpsBoard.Onboarding;
using OpsBoard.Orders;
using OpsBoard.Security;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddUiKit();
builder.Services.AddErrorPages();
builder.Services.AddOpsBoardData(builder.Configuration);
builder.Services.AddOpsBoardCore(builder.Configuration);
builder.Services.AddOpsBoardAuth(builder.Configuration);
builder.Services.AddOnboarding(builder.Configuration);
builder.Services.AddItemFiles(builder.Configuration);
builder.Services.AddContacts();
builder.Services.AddCollections(builder.Configuration);
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddClients();
builder.Services.AddOrders();
builder.Services.AddOpsBoardApiDocs();
builder.Services.AddApiInput();

var app = builder.Build();
if (await app.RunCommandAsync(args) is { } exitCode)
{
    Environment.ExitCode = exitCode;
    return;
}
await app.InitializeOpsBoardAsync();

app.UseOpsBoardSecurity();
app.UseErrorPages();
app.UseUiLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpsBoardApi();
app.MapOpsBoardApiDocs();
app.MapHub<OpsHub>(OpsHub.Path);
// Uncompressed: each open page's socket would otherwise hold a deflate state of about 300 KB of native memory, for
// render batches that are small and travel on the office's own network.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true);

app.Run();

/// <summary>The entry point, visible to the tests' web application factory.</summary>
public partial class Program;

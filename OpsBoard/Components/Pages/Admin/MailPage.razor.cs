using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using OpsBoard.Components.Live;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Components.Pages.Admin;

/// <summary>The mail outbox for Admins: what waits, what was sent, what failed with the server's answer, and a retry.</summary>
public sealed partial class MailPage
{
    private IReadOnlyList<OutboxMailView> _mail = [];

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IOptions<MailOptions> Options { get; init; }

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<MailText> T { get; init; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _mail = await Runner.RunAsync<MailOutbox, IReadOnlyList<OutboxMailView>>(o => o.LatestAsync());

    private async Task RetryAsync(long id)
    {
        if (await Runner.RunAsync<MailOutbox, bool?>(o => o.RetryNowAsync(id)) == true)
        {
            Snackbar.Add(T["RetryQueued", id], Severity.Info);
        }
        await LoadAsync();
    }

    private static string StateKey(string state) => state switch
    {
        "sent" => "Sent",
        "failed" => "Failed",
        _ => "Waiting",
    };

    private static Color StateColor(string state) => state switch
    {
        "sent" => Color.Success,
        "failed" => Color.Error,
        _ => Color.Default,
    };
}

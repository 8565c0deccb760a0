using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace OpsBoard.Components.Kit;

/// <summary>
/// A list's search: what is typed is passed on once the typing has paused for <see cref="Debounce"/>, the clear button
/// passes on an empty search at once.
/// </summary>
public sealed partial class SearchBox
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly Lock _gate = new();
    private ElementReference _input;
    private ITimer? _timer;
    private string? _text;
    private string? _received;

    /// <summary>The search in force; the box shows it when the page changes it (a saved view opened, an address).</summary>
    [Parameter]
    public string? Value { get; set; }

    [Parameter]
    public EventCallback<string?> ValueChanged { get; set; }

    [Parameter]
    public string? Placeholder { get; set; }

    /// <summary>The accessible name of the box.</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    [Parameter]
    public string? Class { get; set; }

    /// <summary>The input's id, for a label or a link elsewhere on the page to point at.</summary>
    [Parameter]
    public string? Id { get; set; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    protected override void OnParametersSet()
    {
        if (Value == _received)
        {
            return;
        }
        _received = Value;
        // While the reader is still typing, their text wins over the search the page had.
        lock (_gate)
        {
            if (_timer is null && (Value ?? "") != (_text ?? "").Trim())
            {
                _text = Value;
            }
        }
    }

    private void Typed(ChangeEventArgs e)
    {
        var text = e.Value as string;
        lock (_gate)
        {
            _text = text;
            _timer?.Dispose();
            _timer = Time.CreateTimer(_ => Elapsed(text), null, Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Elapsed(string? text)
    {
        lock (_gate)
        {
            if (_text != text)
            {
                return;
            }
            _timer?.Dispose();
            _timer = null;
        }
        // From the timer's thread onto the page's; a failure goes to the page as a handler's would.
        _ = InvokeAsync(async () =>
        {
            try
            {
                await ValueChanged.InvokeAsync(text);
            }
            catch (Exception ex)
            {
                await DispatchExceptionAsync(ex);
            }
        });
    }

    private async Task ClearAsync()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            _text = null;
        }
        await ValueChanged.InvokeAsync(null);
        await _input.FocusAsync();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}

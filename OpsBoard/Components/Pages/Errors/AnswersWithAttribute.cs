namespace OpsBoard.Components.Pages.Errors;

/// <summary>
/// The status a page answers with when it is asked for directly, so a browser, a crawler or a test
/// sees a refusal as one. It is set before the page renders: Blazor drops the body of a page that
/// changes the status while rendering, to leave it to the status-code pages.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AnswersWithAttribute(int status) : Attribute
{
    public int Status { get; } = status;
}

using OpsBoard.Components.Pages.Workflows;
using OpsBoard.Domain.Workflows;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Workflows;

public class WorkflowDiagramTests
{
    private static readonly IWorkflow Operation = WorkflowCatalog.Default.Get("operation");

    [Fact]
    public void Every_move_of_the_machine_is_an_arrow_and_moves_between_the_same_states_share_one()
    {
        var lines = WorkflowDiagram.Text(Operation, _ => 0).Split('\n').Select(l => l.Trim()).ToList();

        var arrows = lines.Where(l => l.Contains(" --> ", StringComparison.Ordinal) && !l.StartsWith("[*]", StringComparison.Ordinal)).ToList();
        Assert.Equal(Operation.Edges.Select(e => (e.From, e.To)).Distinct().Count(), arrows.Count);
        Assert.Contains("ReadyToClose --> Closed : Close", arrows);
        Assert.Contains("[*] --> Received", lines);
    }

    [Fact]
    public void Open_states_carry_their_count_in_the_readers_language_and_finished_ones_none()
    {
        using var _ = new UiCulture("pt-BR");

        var text = WorkflowDiagram.Text(Operation, state => state == "AwaitingPayment" ? 1234 : 0);

        Assert.Contains("state \"Aguardando pagamento · 1.234\" as AwaitingPayment", text, StringComparison.Ordinal);
        Assert.Contains("class AwaitingPayment busy", text, StringComparison.Ordinal);
        Assert.Contains("class Received idle", text, StringComparison.Ordinal);
        Assert.Contains("class Settled done", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Liquidado ·", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fee: 5; \"net\" #1", "Fee#58; 5#59; #34;net#34; #35;1")]
    [InlineData("Plain words", "Plain words")]
    public void Labels_keep_Mermaids_syntax_characters_as_text(string label, string escaped) =>
        Assert.Equal(escaped, WorkflowDiagram.Escape(label));
}

using System.Collections;
using System.Globalization;
using System.Resources;
using OpsBoard.Collections;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Tests.Collections;

public sealed class CollectionsTextTests
{
    private static readonly ResourceManager Resources = new("OpsBoard.Resources.Collections.CollectionsText", typeof(CollectionsText).Assembly);

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("es")]
    [InlineData("ru")]
    public void Every_English_text_of_the_desk_is_translated(string culture)
    {
        var english = Keys(CultureInfo.InvariantCulture);

        Assert.Empty(english.Except(Keys(CultureInfo.GetCultureInfo(culture))));
    }

    [Fact]
    public void Every_call_outcome_and_pace_has_a_text()
    {
        var keys = Keys(CultureInfo.InvariantCulture);

        Assert.All(CollectionWorkflow.CallOutcomes, o => Assert.Contains($"Outcome_{o}", keys));
        Assert.All(Enum.GetNames<OpsBoard.Collections.Pace>(), p => Assert.Contains($"Pace_{p}", keys));
    }

    [Fact]
    public void The_outcome_no_answer_reads_in_portuguese()
    {
        Assert.Equal("Não atendeu", Resources.GetString("Outcome_noAnswer", CultureInfo.GetCultureInfo("pt-BR")));
    }

    private static HashSet<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
}

using System.Collections;
using System.Globalization;
using System.Resources;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Onboarding;

namespace OpsBoard.Tests.Onboarding;

public class OnboardingTextTests
{
    private static readonly ResourceManager Resources = new("OpsBoard.Resources.Onboarding.OnboardingText", typeof(OnboardingText).Assembly);

    private static HashSet<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("es")]
    [InlineData("ru")]
    public void Every_English_onboarding_text_is_translated(string culture)
    {
        Assert.Empty(Keys(CultureInfo.InvariantCulture).Except(Keys(CultureInfo.GetCultureInfo(culture))));
    }

    [Fact]
    public void Every_document_and_area_has_a_name_to_show()
    {
        var english = Keys(CultureInfo.InvariantCulture);

        Assert.All(OnboardingChecklist.Documents.Concat(ControlSheet.Areas), key => Assert.Contains(key, english));
        Assert.Equal("Folha de controle", Resources.GetString("ControlSheet", CultureInfo.GetCultureInfo("pt-BR")));
    }
}

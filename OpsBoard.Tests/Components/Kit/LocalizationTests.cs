using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpsBoard.Components.Kit;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Kit;

public sealed class LocalizationTests
{
    private static readonly ResourceManager Resources = new("OpsBoard.Resources.ScreenText", typeof(ScreenText).Assembly);

    [Theory]
    [InlineData("en", "Queues", "Take next")]
    [InlineData("pt-BR", "Filas", "Pegar próximo")]
    [InlineData("es", "Colas", "Tomar siguiente")]
    [InlineData("ru", "Очереди", "Взять следующий")]
    public void The_localizer_returns_the_language_of_the_current_culture(string culture, string queues, string takeNext)
    {
        using var services = new ServiceCollection().AddLogging().AddUiKit().BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<ScreenText>>();
        using var _ = new UiCulture(culture);

        Assert.Equal(queues, localizer["Queues"].Value);
        Assert.Equal(takeNext, localizer["TakeNext"].Value);
        Assert.False(localizer["Queues"].ResourceNotFound);
    }

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("es")]
    [InlineData("ru")]
    public void Every_English_key_is_translated(string culture)
    {
        var english = Keys(CultureInfo.InvariantCulture);
        var translated = Keys(CultureInfo.GetCultureInfo(culture));

        Assert.Empty(english.Except(translated));
    }

    [Fact]
    public void The_keys_the_pages_need_exist()
    {
        string[] needed =
        [
            "Queues", "Wallboard", "Workflows", "Item", "TakeNext", "Open", "NearBreach", "Breached", "DoneToday",
            "State", "Title", "Assignee", "Due", "History", "Save", "Cancel", "Login", "Logout", "UserName",
            "Password", "WrongPassword", "ChangedByOther", "Reload", "NoItems", "Search", "Page", "Of", "Fields",
            "Trigger", "Note", "Actor", "When", "From", "To", "Throughput", "LastUpdate", "Connected",
            "Reconnecting", "Language",
        ];

        Assert.Empty(needed.Except(Keys(CultureInfo.InvariantCulture)));
    }

    // tryParents: false, so a missing translation is not hidden by the English fallback.
    private static HashSet<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Select(e => (string)e.Key)
            .ToHashSet();
}

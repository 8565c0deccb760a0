using System.Collections;
using System.Globalization;
using System.Resources;
using OpsBoard.Clients;

namespace OpsBoard.Tests.Clients;

public sealed class ClientTextTests
{
    private static readonly ResourceManager Resources = new("OpsBoard.Resources.Clients.ClientText", typeof(ClientText).Assembly);

    // Words the desks write the same in every language.
    private static readonly HashSet<string> SameEverywhere = ["Segment_vip", "Segment_private", "Contact_email", "Contact_chat", "ClientOfItem"];

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("es")]
    [InlineData("ru")]
    public void Every_text_of_the_clients_pages_is_translated_not_copied(string culture)
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var translated = Texts(CultureInfo.GetCultureInfo(culture));

        Assert.Equal(english.Keys.Order(), translated.Keys.Order());
        Assert.Empty(english.Where(e => !SameEverywhere.Contains(e.Key) && translated[e.Key] == e.Value).Select(e => e.Key));
    }

    [Fact]
    public void Every_segment_and_contact_kind_has_a_text()
    {
        var keys = Texts(CultureInfo.InvariantCulture).Keys;

        Assert.All(Enum.GetValues<ClientSegment>(), s => Assert.Contains($"Segment_{s.Api()}", keys));
        Assert.All(ClientContact.Kinds, k => Assert.Contains($"Contact_{k}", keys));
    }

    [Fact]
    public void A_refusal_reads_in_the_callers_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
            Assert.Equal("Клиента 7 нет.", ClientText.Format("ClientUnknown", 7));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}

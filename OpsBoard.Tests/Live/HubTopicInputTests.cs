using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Live;

/// <summary>A topic the hub cannot take is refused with a reason the client can read, not a server failure.</summary>
public sealed class HubTopicInputTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    public static TheoryData<string?> BadTopics => new() { null, "", "   ", new string('q', 10_000), "item: 5", "item:+5", "item:05", "item:-1" };

    [Theory]
    [MemberData(nameof(BadTopics))]
    public async Task A_missing_empty_huge_or_misspelt_topic_is_a_clear_hub_error(string? topic)
    {
        await using var hub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor("ana"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => hub.InvokeAsync("Subscribe", topic!));

        // Only a HubException's own reason reaches the client; anything else thrown arrives as a bare "unexpected error".
        Assert.Contains("HubException", error.Message, StringComparison.Ordinal);
        Assert.Contains("topic", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(error.Message.Length < 400, error.Message);
        // The connection survives the refusal.
        await hub.InvokeAsync("Subscribe", "board");
    }

    [Theory]
    [InlineData("ru", "Неизвестная тема")]
    [InlineData("pt-BR", "Tópico desconhecido")]
    [InlineData("es", "Tema desconocido")]
    public async Task The_refusal_speaks_the_language_the_connection_asked_for(string language, string expected)
    {
        await using var hub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor("ana"), language);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => hub.InvokeAsync("Subscribe", "everything"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

namespace OpsBoard.History;

public static class HistoryExtensions
{
    /// <summary>The chain's last link, kept between commands; the write gate serialises its use.</summary>
    public static IServiceCollection AddHistoryChain(this IServiceCollection services) => services.AddSingleton<HistoryChain>();
}

using OpsBoard.Documents.DailyReport;

namespace OpsBoard.Documents;

public static class DocumentsExtensions
{
    /// <summary>PDF documents: the fonts PDFsharp draws with from configuration (OpsBoard:Pdf), and the documents' queries.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfOptions>(configuration.GetSection("OpsBoard:Pdf"));
        services.AddScoped<DailyReportQuery>();
        services.AddScoped<Protocols.ProtocolService>();
        services.Configure<Protocols.ProtocolOptions>(configuration.GetSection("OpsBoard:Protocols"));
        services.AddSingleton<Protocols.ProtocolLateness>();
        services.AddScoped<Protocols.ProtocolDesk>();
        services.AddSingleton<Protocols.ProtocolWatch>();
        services.AddHostedService<Protocols.ProtocolWatchStartup>();
        services.AddScoped<Contracts.FxContractQuery>();
        services.AddScoped<ControlSheets.ControlSheetQuery>();
        return services;
    }
}

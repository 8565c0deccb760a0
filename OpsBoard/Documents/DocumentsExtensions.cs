using OpsBoard.Documents.Contracts;
using OpsBoard.Documents.DailyReport;

namespace OpsBoard.Documents;

public static class DocumentsExtensions
{
    /// <summary>PDF documents: the fonts PDFsharp draws with from configuration (OpsBoard:Pdf), the documents' queries, and the daily report's mail (OpsBoard:Reports:DailyMail).</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfOptions>(configuration.GetSection("OpsBoard:Pdf"));
        services.AddScoped<DailyReportQuery>();
        services.AddScoped<WeeklyReport.WeeklyReportQuery>();
        services.AddScoped<BrokerPending.BrokerPendingQuery>();
        services.AddScoped<Protocols.ProtocolService>();
        services.Configure<Protocols.ProtocolOptions>(configuration.GetSection("OpsBoard:Protocols"));
        services.AddSingleton<Protocols.ProtocolLateness>();
        services.AddScoped<Protocols.ProtocolDesk>();
        services.AddContracts(configuration);
        services.AddSingleton<Protocols.ProtocolWatch>();
        services.AddHostedService<Protocols.ProtocolWatchStartup>();
        services.AddScoped<ControlSheets.ControlSheetQuery>();
        services.AddOptions<DailyMail.DailyMailOptions>().Bind(configuration.GetSection("OpsBoard:Reports:DailyMail"))
            .Validate(o => Components.Kit.UiKitExtensions.SupportedCultures.Contains(o.Culture),
                $"OpsBoard:Reports:DailyMail:Culture must be one of {string.Join(", ", Components.Kit.UiKitExtensions.SupportedCultures)}.")
            .ValidateOnStart();
        services.AddSingleton<DailyMail.DailyMailJob>();
        services.AddScoped<DailyMail.DailyMailStatus>();
        services.AddHostedService<DailyMail.DailyMailScheduler>();
        return services;
    }
}

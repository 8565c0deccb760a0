using System.Text;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;

namespace OpsBoard.Onboarding;

/// <summary>The email an area gets when a new client's dossier awaits its signature: the client's summary and a link.</summary>
public static class AreaMail
{
    public static (string Subject, string Body) Compose(WorkItem dossier, string area, string publicUrl)
    {
        var f = dossier.Fields;
        var client = f.Text("client") ?? dossier.Title;
        var body = new StringBuilder()
            .AppendLine($"New client for {area}: {client} ({f.Text("clientCode")})")
            .AppendLine()
            .AppendLine($"Address: {f.Text("address") ?? "-"}")
            .AppendLine($"Service frequency: {f.Text("serviceFrequency") ?? "-"}")
            .AppendLine($"Services requested: {f.Text("servicesRequested") ?? "-"}")
            .AppendLine($"Conditions: {f.Text("conditions") ?? "-"}")
            .AppendLine($"Cash processing: {(f.Flag("moneyProcessing") ? "yes" : "no")}")
            .AppendLine($"Contact: {f.Text("contactEmail") ?? "-"}")
            .AppendLine()
            .AppendLine("Please confirm on the control sheet:")
            .AppendLine($"{publicUrl.TrimEnd('/')}/onboarding/{dossier.Id}")
            .ToString();
        return ($"[OpsBoard] New client {client} ({f.Text("clientCode")}): {area} sign-off", body);
    }
}

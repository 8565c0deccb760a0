using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.Layout;

namespace OpsBoard.Documents.Protocols;

/// <summary>The sending protocol: who sent which stories when, and lines for both sides to sign.</summary>
public static class ProtocolPdf
{
    /// <summary>The receiver is the broker by name when the settings give one, else the generic wording.</summary>
    public static byte[] Render(Protocol protocol, IStringLocalizer<DocumentText> t, TimeZoneInfo zone, string? brokerName = null)
    {
        var receiver = string.IsNullOrWhiteSpace(brokerName) ? t["Broker"].Value : brokerName;
        var culture = CultureInfo.CurrentCulture;
        var number = protocol.Number.ToString(CultureInfo.InvariantCulture);
        var title = t["ProtocolTitle", number].Value;
        using var flow = new PdfFlow(new DocumentInfo(title, $"protocol {number}", protocol.SenderName, protocol.CreatedAt));
        TextBlock.Paragraph(flow, title, PdfFonts.Bold(16));
        flow.Space(6);
        TextBlock.Pairs(flow,
        [
            (t["ProtocolNumber"], number),
            (t["Date"], BusinessTime.Format(protocol.CreatedAt, zone, "g", culture)),
            (t["Sender"], $"{protocol.SenderName} ({protocol.Sender})"),
            (t["Receiver"], receiver),
        ]);
        TextBlock.Heading(flow, t["StoriesSent", protocol.Stories.Count]);
        new PdfTable([new("#", 0.5, true), new(t["Item"], 0.8, true), new(t["Client"], 2.4), new(t["Documents"], 2.6), new(t["Notes"], 2.4)])
            .Draw(flow, protocol.Stories.OrderBy(s => s.Position).Select(s => (IReadOnlyList<string>)
                [s.Position.ToString(culture), $"#{s.ItemId}", s.Client, s.Documents, s.Notes ?? string.Empty]));
        flow.Space(16);
        SignatureLines.Draw(flow, [(t["SenderSignature"], protocol.SenderName), (t["ReceiverSignature"], receiver)]);
        return flow.Save((page, pages) => t["PageOf", page, pages]);
    }
}

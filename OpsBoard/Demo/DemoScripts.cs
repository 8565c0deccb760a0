namespace OpsBoard.Demo;

/// <summary>A demo item: what it is created with and the moves it has gone through so far.</summary>
public sealed record DemoScript(string Type, string Title, IReadOnlyDictionary<string, object?> Fields,
    IReadOnlyList<(string Trigger, IReadOnlyDictionary<string, object?> Fields)> Steps);

/// <summary>Real-looking desks' work, cut at a random point of each item's life.</summary>
public static class DemoScripts
{
    private static readonly string[] Clients =
    [
        "Cabify Brasil", "AP Wireless", "Easy Carros", "Marina Albuquerque", "João Pereira", "Distribuidora Ñandú",
        "Оптторг ООО", "Transportes Araújo", "Clínica São Lucas", "Café Colômbia Ltda", "Lucía Fernández", "Иван Петров",
    ];

    private static readonly Dictionary<string, object?> None = [];

    public static DemoScript For(int n, Random random)
    {
        var client = Clients[random.Next(Clients.Length)];
        var steps = (n % 3) switch
        {
            // One item in twelve is an order, taken from the claims' share so the other desks keep theirs.
            _ when n % 12 == 11 => Order(random),
            0 => Operation(random),
            1 => Story(random),
            _ => Claim(random),
        };
        var cut = random.Next(0, steps.Steps.Count + 1);
        var fields = new Dictionary<string, object?>(steps.Fields) { ["client"] = client };
        return steps with { Title = $"{steps.Title} — {client}", Fields = fields, Steps = steps.Steps.Take(cut).ToList() };
    }

    private static DemoScript Operation(Random random)
    {
        var amount = random.Next(10) == 0 ? 150_000m : Math.Round((decimal)random.Next(500, 90_000), 2);
        var currency = random.Next(4) == 0 ? "EUR" : "USD";
        var steps = new List<(string, IReadOnlyDictionary<string, object?>)>
        {
            ("Identify", None), ("ReceiveProof", None), ("ApprovePayment", None),
            ("Close", new Dictionary<string, object?> { ["rate"] = 5.31m + (random.Next(50) / 100m), ["operator"] = "SOCOPA mesa" }),
            ("SendToBroker", new Dictionary<string, object?> { ["brokerReference"] = $"SCP-{random.Next(10000, 99999)}" }),
        };
        // A large operation waits at the broker for its signed copy, which only a person can attach: the contract queue has rows to show.
        if (amount < 100_000m)
        {
            steps.Add(("Settle", new Dictionary<string, object?> { ["swiftReference"] = $"SCP{random.Next(100000, 999999)}/{random.Next(100):00}" }));
        }
        return new("operation", $"Remessa {currency} {amount:N0}",
            new Dictionary<string, object?> { ["amount"] = amount, ["currency"] = currency, ["direction"] = "outbound", ["channel"] = random.Next(3) switch { 0 => "online", 1 => "offline", _ => "pj" } },
            steps);
    }

    private static DemoScript Story(Random random) => new("story", "Cadastro",
        new Dictionary<string, object?> { ["clientType"] = random.Next(2) == 0 ? "person" : "company", ["thirdPartyWithoutLink"] = random.Next(8) == 0 },
        [
            ("StartReview", None),
            ("Approve", None),
            ("SendToBroker", new Dictionary<string, object?> { ["protocolNumber"] = $"PRT-{random.Next(1000, 9999)}" }),
            ("BrokerApprove", new Dictionary<string, object?> { ["approvedLimit"] = (decimal)random.Next(10, 500) * 1000 }),
        ]);

    private static DemoScript Claim(Random random) => new("claim", "Reclamação",
        new Dictionary<string, object?>
        {
            ["channel"] = random.Next(4) switch { 0 => "phone", 1 => "email", 2 => "portal", _ => "salesRep" },
            ["description"] = "Pedido entregue com divergência",
            ["amountClaimed"] = (decimal)random.Next(100, 5000),
            ["daysAllowed"] = random.Next(4) == 0 ? "5" : "3",
        },
        [
            ("StartInvestigation", None),
            ("Resolve", new Dictionary<string, object?> { ["verdict"] = random.Next(2) == 0 ? "accepted" : "rejected", ["rootCause"] = random.Next(3) switch { 0 => "Picking error", 1 => "Carrier damage", _ => "Pricing error" }, ["responsibleParty"] = random.Next(2) == 0 ? "Warehouse" : "Carrier" }),
            ("Close", None),
        ]);

    private static DemoScript Order(Random random) => new("order", "Pedido",
        new Dictionary<string, object?>
        {
            ["channel"] = random.Next(4) switch { 0 => "phone", 1 => "email", 2 => "site", _ => "salesRep" },
            ["lines"] = new[] { $"Papel A4 x {random.Next(1, 50)}", $"Toner TN-2375 x {random.Next(1, 5)}" },
            ["amount"] = (decimal)random.Next(200, 20_000),
        },
        [
            ("Confirm", new Dictionary<string, object?> { ["confirmedBy"] = "Comprador do cliente", ["confirmationMethod"] = random.Next(2) == 0 ? "phone" : "email" }),
            ("SendToWarehouse", None),
            ("Pick", None),
            ("Ship", new Dictionary<string, object?> { ["carrier"] = "Jadlog", ["trackingNumber"] = $"JD{random.Next(100000, 999999)}" }),
            ("Deliver", None),
        ]);
}

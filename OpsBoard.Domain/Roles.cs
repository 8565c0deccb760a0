namespace OpsBoard.Domain;

/// <summary>The role names the server checks; they are also the claim values in tokens and cookies.</summary>
public static class Roles
{
    public const string Agent = "Agent";
    public const string Lead = "Lead";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    /// <summary>Onboarding areas: held in addition to one of the roles above, they say whose control sheet line a user signs.</summary>
    public const string CustomerService = "CustomerService";
    public const string Operations = "Operations";
    public const string Security = "Security";
    public const string ProcessingRoom = "ProcessingRoom";

    public static IReadOnlyList<string> All { get; } = [Agent, Lead, Manager, Admin];

    public static IReadOnlyList<string> Areas { get; } = [CustomerService, Operations, Security, ProcessingRoom];

    /// <summary>Everyone who works items day to day.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Agent, Lead, Manager];

    /// <summary>Those who may approve the special moves.</summary>
    public static IReadOnlyList<string> Leads { get; } = [Lead, Manager];
}

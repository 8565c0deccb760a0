namespace OpsBoard.Onboarding;

/// <summary>Settings under <c>OpsBoard:Onboarding</c>.</summary>
public sealed class OnboardingOptions
{
    /// <summary>The address people reach OpsBoard at, for links in emails.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5000";

    /// <summary>The language of the emails to the areas (en, pt-BR, es or ru), whoever made the move that sends them.</summary>
    public string MailCulture { get; set; } = "en";

    /// <summary>Each area's mailbox, by area role (CustomerService, Operations, Security, ProcessingRoom).</summary>
    public Dictionary<string, string> AreaEmails { get; set; } = new()
    {
        ["CustomerService"] = "customer-service@opsboard.local",
        ["Operations"] = "operations@opsboard.local",
        ["Security"] = "security@opsboard.local",
        ["ProcessingRoom"] = "processing-room@opsboard.local",
    };

    /// <summary>Where clients write to Customer Service, told in the welcome e-mail.</summary>
    public string CustomerServiceEmail { get; set; } = "customer-service@opsboard.local";

    /// <summary>Customer Service's phone, told in the welcome e-mail.</summary>
    public string CustomerServicePhone { get; set; } = "+1 555 0100";
}

namespace OpsBoard.Clients;

/// <summary>Client codes: the onboarding code when the client has a dossier, else one made from the row's id.</summary>
public static class ClientCodes
{
    public const string GeneratedPrefix = "CLI-";
    public const int MaxLength = 40;

    public static string Generated(long id) => $"{GeneratedPrefix}{id:D6}";
}

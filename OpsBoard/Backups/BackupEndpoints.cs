using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using OpsBoard.Api;

namespace OpsBoard.Backups;

/// <summary>What the API answers for a backup: where it is (its name in the backups folder), how big, and its hash.</summary>
public sealed record BackupAnswer(string Name, long Size, string Sha256);

public static class BackupEndpoints
{
    public static RouteGroupBuilder MapBackups(this RouteGroupBuilder api)
    {
        api.MapPost("/admin/backup", Backup).WithTags("Admin").WithName("Backup")
            .WithSummary("Writes an online backup of the database to the backups folder; answers its name, size and SHA-256.")
            .Refusals(StatusCodes.Status409Conflict, StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));
        return api;
    }

    public static async Task<Results<Ok<BackupAnswer>, ProblemHttpResult>> Backup(DatabaseBackup backups, DatabaseFile database, CancellationToken ct)
    {
        if (!database.IsFile)
        {
            return Problems.Problem(StatusCodes.Status409Conflict, "Backup not here", ApiText.Format("BackupUsePgDump"),
                new() { ["blockedBy"] = "BackupUsePgDump" });
        }
        try
        {
            var file = await backups.WriteToFolderAsync(ct);
            return TypedResults.Ok(new BackupAnswer(file.Name, file.Size, file.Sha256));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            return Problems.Problem(StatusCodes.Status503ServiceUnavailable, "Backup failed", ApiText.Format("BackupFailed", e.Message));
        }
    }
}

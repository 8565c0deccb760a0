using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Files;

namespace OpsBoard.Onboarding;

/// <summary>
/// Keeps uploaded files under the configured folder, one folder per dossier, each file named by
/// its SHA-256: the same file uploaded twice is stored once, and a name proves its content. Only
/// the accepted types (<see cref="FileTypes"/>) are kept, and only the server's account reads them.
/// </summary>
public sealed class DocumentStore(IOptions<OnboardingOptions> options)
{
    public sealed record Stored(string Sha256, long Size, bool IsNew);

    /// <summary>The stored file, or why nothing was stored.</summary>
    public sealed record Outcome(Stored? File, string? Refusal);

    /// <summary>Streams the upload to disk while hashing it; refuses an empty file, one too large, or one of a type not accepted.</summary>
    public async Task<Outcome> SaveAsync(long dossierId, string fileName, Stream content, CancellationToken ct)
    {
        var buffer = new byte[81920];
        var read = await content.ReadAtLeastAsync(buffer, FileTypes.HeadLength, throwOnEndOfStream: false, ct);
        if (read == 0)
        {
            return new(null, ApiText.Get("FileEmpty"));
        }
        if (FileTypes.Refusal(fileName, buffer.AsSpan(0, read)) is { } refusal)
        {
            return new(null, refusal);
        }
        var folder = PrivateFiles.Folder(Folder(dossierId));
        var temp = Path.Combine(folder, $".upload-{Guid.NewGuid():N}");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var file = PrivateFiles.Create(temp))
        {
            while (read > 0)
            {
                size += read;
                if (size > options.Value.MaxFileBytes)
                {
                    break;
                }
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
                read = await content.ReadAsync(buffer, ct);
            }
        }
        if (size > options.Value.MaxFileBytes)
        {
            File.Delete(temp);
            return new(null, ApiText.Get("FileTooLarge"));
        }
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        var target = PathOf(dossierId, sha);
        if (File.Exists(target))
        {
            File.Delete(temp);
            return new(new Stored(sha, size, IsNew: false), null);
        }
        File.Move(temp, target);
        return new(new Stored(sha, size, IsNew: true), null);
    }

    /// <summary>Takes back a file stored for a change that was then refused, so a refusal leaves nothing behind.</summary>
    public void Discard(long dossierId, Stored stored)
    {
        if (stored.IsNew)
        {
            File.Delete(PathOf(dossierId, stored.Sha256));
        }
    }

    public string? Find(long dossierId, string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower) && File.Exists(PathOf(dossierId, sha256)) ? PathOf(dossierId, sha256) : null;

    /// <summary>The files folder, closed to others, with the dossier's own folder inside.</summary>
    private string Folder(long dossierId)
    {
        var root = PrivateFiles.Folder(Path.GetFullPath(options.Value.FilesPath));
        return Path.Combine(root, dossierId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private string PathOf(long dossierId, string sha256) => Path.Combine(Path.GetFullPath(options.Value.FilesPath),
        dossierId.ToString(System.Globalization.CultureInfo.InvariantCulture), sha256);
}

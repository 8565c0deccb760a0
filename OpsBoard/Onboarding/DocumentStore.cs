using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace OpsBoard.Onboarding;

/// <summary>
/// Keeps uploaded files under the configured folder, one folder per dossier, each file named by
/// its SHA-256: the same file uploaded twice is stored once, and a name proves its content.
/// </summary>
public sealed class DocumentStore(IOptions<OnboardingOptions> options)
{
    public sealed record Stored(string Sha256, long Size, bool IsNew);

    /// <summary>Streams the upload to disk while hashing it; null when it is larger than allowed.</summary>
    public async Task<Stored?> SaveAsync(long dossierId, Stream content, CancellationToken ct)
    {
        var folder = Folder(dossierId);
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".upload-{Guid.NewGuid():N}");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var file = File.Create(temp))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > options.Value.MaxFileBytes)
                {
                    break;
                }
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        if (size > options.Value.MaxFileBytes)
        {
            File.Delete(temp);
            return null;
        }
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        var target = PathOf(dossierId, sha);
        if (File.Exists(target))
        {
            File.Delete(temp);
            return new Stored(sha, size, IsNew: false);
        }
        File.Move(temp, target);
        return new Stored(sha, size, IsNew: true);
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

    private string Folder(long dossierId) => Path.Combine(Path.GetFullPath(options.Value.FilesPath), dossierId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private string PathOf(long dossierId, string sha256) => Path.Combine(Folder(dossierId), sha256);
}

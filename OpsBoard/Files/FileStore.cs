using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OpsBoard.Api;

namespace OpsBoard.Files;

/// <summary>Why a file was not kept: its kind decides the HTTP answer.</summary>
public enum FileRefusal
{
    None,
    Empty,
    TooLarge,
    TypeNotAccepted,
}

/// <summary>
/// The one place files are kept: under the configured folder, one folder per item (a dossier is an
/// item) or per protocol, each file named by its SHA-256, so the same file sent twice is kept once and
/// a name proves its content. Only the accepted types (<see cref="FileTypes"/>, narrowed by settings)
/// are kept, told by their content, and only the server's account reads them.
/// </summary>
public sealed class FileStore(IOptions<FileStoreOptions> options)
{
    public sealed record Stored(string Sha256, long Size, FileType Type, bool IsNew);

    /// <summary>The stored file, or why nothing was stored.</summary>
    public sealed record Outcome(Stored? File, string? Refusal, FileRefusal Kind = FileRefusal.None);

    public long MaxFileBytes => options.Value.MaxFileBytes;

    public IReadOnlyList<FileType> Types => options.Value.Types;

    /// <summary>The name endings of the accepted types, for a file picker's hint.</summary>
    public string Endings => string.Join(",", Types.SelectMany(t => t.Extensions));

    public static string ItemFolder(long itemId) => itemId.ToString(CultureInfo.InvariantCulture);

    public static string ProtocolFolder(long number) => string.Create(CultureInfo.InvariantCulture, $"protocol-{number}");

    /// <summary>Why a file of this name and these leading bytes is not kept here, or null.</summary>
    public string? TypeRefusal(string fileName, ReadOnlySpan<byte> head) =>
        FileTypes.Refusal(fileName, head) ?? (Types.Contains(FileTypes.Sniff(head)!) ? null
            : ApiText.Format("FileTypeNotAllowed", Path.GetFileName(fileName), string.Join(", ", Types.Select(t => t.Name))));

    /// <summary>Streams the upload to disk while hashing it; refuses an empty file, one too large, or one of a type not accepted.</summary>
    public async Task<Outcome> SaveAsync(string owner, string fileName, Stream content, CancellationToken ct)
    {
        var buffer = new byte[81920];
        var read = await content.ReadAtLeastAsync(buffer, FileTypes.HeadLength, throwOnEndOfStream: false, ct);
        if (read == 0)
        {
            return new(null, ApiText.Get("FileEmpty"), FileRefusal.Empty);
        }
        if (TypeRefusal(fileName, buffer.AsSpan(0, read)) is { } refusal)
        {
            return new(null, refusal, FileRefusal.TypeNotAccepted);
        }
        var type = FileTypes.Sniff(buffer.AsSpan(0, read))!;
        var folder = PrivateFiles.Folder(Folder(owner));
        var temp = Path.Combine(folder, $".upload-{Guid.NewGuid():N}");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var file = PrivateFiles.Create(temp))
        {
            while (read > 0)
            {
                size += read;
                if (size > MaxFileBytes)
                {
                    break;
                }
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
                read = await content.ReadAsync(buffer, ct);
            }
        }
        if (size > MaxFileBytes)
        {
            File.Delete(temp);
            return new(null, ApiText.Get("FileTooLarge"), FileRefusal.TooLarge);
        }
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        var target = PathOf(owner, sha);
        if (File.Exists(target))
        {
            File.Delete(temp);
            return new(new Stored(sha, size, type, IsNew: false), null);
        }
        File.Move(temp, target);
        return new(new Stored(sha, size, type, IsNew: true), null);
    }

    /// <summary>Takes back a file stored for a change that was then refused, so a refusal leaves nothing behind.</summary>
    public void Discard(string owner, Stored stored)
    {
        if (stored.IsNew)
        {
            File.Delete(PathOf(owner, stored.Sha256));
        }
    }

    public string? Find(string owner, string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower) && File.Exists(PathOf(owner, sha256)) ? PathOf(owner, sha256) : null;

    /// <summary>The files folder, closed to others, with the owner's own folder inside.</summary>
    private string Folder(string owner) => Path.Combine(PrivateFiles.Folder(Path.GetFullPath(options.Value.Path)), owner);

    private string PathOf(string owner, string sha256) => Path.Combine(Path.GetFullPath(options.Value.Path), owner, sha256);
}

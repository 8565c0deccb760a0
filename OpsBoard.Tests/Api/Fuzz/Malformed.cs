using System.Globalization;
using System.Text;

namespace OpsBoard.Tests.Api.Fuzz;

/// <summary>One request a careless or hostile client might send, and what it is meant to break.</summary>
public sealed record FuzzRequest(string Method, string Path, string What, string? ContentType = null, byte[]? Body = null);

/// <summary>The malformed pieces the fuzz set is built from.</summary>
public static class Malformed
{
    public static readonly string Megabyte = new('x', 1_000_000);

    /// <summary>Declared types a JSON body cannot be read under; each carries the otherwise harmless body "{}".</summary>
    public static IReadOnlyList<string?> ContentTypes { get; } =
    [
        "application/json; charset=bogus", "application/json; charset=utf-16", "application/json; charset=\"\"", "application/json; charset",
        "application/json;;;", "application/json; charset=utf-8; charset=latin1", "text/plain", "application/xml", "*/*",
        "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=zz", "application/octet-stream", null,
    ];

    /// <summary>Bodies that are not JSON, or not the object every endpoint takes.</summary>
    public static IReadOnlyList<string> BrokenJson { get; } =
    [
        "", "{", "}", "[", "{\"a\":}", "nul", "\"text\"", "123", "null", "[]", "true", "{\"type\":", "{} trailing", "{'single':'quotes'}",
        "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":-Infinity}", "{\"a\":1e400}", new string('[', 5000), "\"" + Megabyte + "\"",
        "{\"a\":\"\\uD800\"}", "{\"a\":1,\"a\":2}",
    ];

    /// <summary>Values of the wrong type or beyond any bound, for each property a body takes.</summary>
    public static IReadOnlyList<string> Values { get; } =
    [
        "1e400", "-1e400", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "79228162514264337593543950336", "79228162514264337593543950335",
        "9223372036854775808", "\"9223372036854775808\"", "-9223372036854775809", "18446744073709551616", "-1", "0", "1e-40",
        "[]", "{}", "true", "\"\"", "\"\\u0000\"", "\"\\uD800\"", "\"" + Megabyte + "\"", "[" + string.Join(",", Enumerable.Repeat("1", 20_000)) + "]",
    ];

    /// <summary>Of <see cref="Values"/>, those no field or property of ours may take, whatever its type.</summary>
    public static IReadOnlySet<string> BeyondAnyBound { get; } = new HashSet<string>
    {
        "1e400", "-1e400", "79228162514264337593543950336", "79228162514264337593543950335", "9223372036854775808", "18446744073709551616",
        "\"" + Megabyte + "\"",
    };

    /// <summary>Values for one workflow field: of its type but beyond its bounds, or of another type.</summary>
    public static IReadOnlyList<string> FieldValues { get; } =
    [
        "79228162514264337593543950335", "1000000000000.01", "-0.01", "\"NaN\"", "1e400", "\"" + Megabyte + "\"",
        "[" + string.Join(",", Enumerable.Repeat("\"e\"", 500)) + "]", "{\"nested\":true}", "\"\\uD800\"",
    ];

    /// <summary>
    /// Spellings of an id a route must not take: padded, signed, zero-led, zero, out of range, not digits. (An
    /// encoded NUL is refused by Kestrel itself, before the app, with a bare 400; it is not the app's to answer.)
    /// </summary>
    public static IReadOnlyList<string> Ids(long real) =>
    [
        $"%20{real}", $"{real}%20", $"+{real}", $"0{real}", $"-{real}", "0", "-1", "9223372036854775808", "99999999999999999999999",
        $"{real}.0", "1e2", "0x1", "%EF%BC%91", "abc", "%09" + real.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Query strings any list or report may be sent.</summary>
    public static IReadOnlyList<string> Queries { get; } =
    [
        "page=-1&pageSize=-5", "page=99999999999&pageSize=2147483647", "page=abc", "date=2026-13-45", "date=9999-12-31", "date=0001-01-01",
        "minAmount=NaN&maxAmount=1e400", "minDaysOverdue=Infinity&maxDaysOverdue=-Infinity", "minAmount=79228162514264337593543950336",
        "contactedBefore=garbage", "status=%00", "agent=" + new string('a', 3000), "q=" + new string('q', 3000), "state=%FF%FE",
        "type=nope&assignee=%20&queue=..%2F..", "sort=;DROP TABLE Items",
    ];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

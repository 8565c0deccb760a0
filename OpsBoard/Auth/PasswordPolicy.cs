using System.Security.Cryptography;

namespace OpsBoard.Auth;

/// <summary>
/// What a password must be: long enough, not the user's name, not one of the passwords tried first by anyone
/// guessing. The demo team's shared password predates the policy and is set only by the demo seed.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "1234567890", "12345678910", "123456789012", "0123456789", "0987654321", "1111111111", "0000000000",
        "password", "password1", "password12", "password123", "password1234", "passw0rd123", "p@ssw0rd123",
        "qwertyuiop", "qwerty1234", "qwerty12345", "qwerty123456", "1q2w3e4r5t", "1qaz2wsx3edc", "asdfghjkl1",
        "iloveyou12", "letmein123", "welcome123", "welcome1234", "admin12345", "administrator", "changeme123",
        "opsboard", "opsboard12", "opsboard123", "opsboard2026", "senha12345", "contraseña", "abcdefghij",
    };

    /// <summary>The reasons the password is refused, in the reader's language; empty when it is good.</summary>
    public static IReadOnlyList<string> Check(string userName, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return [PeopleText.Format("PasswordTooShort", MinLength)];
        }
        var reasons = new List<string>();
        if (password.Length > MaxLength)
        {
            reasons.Add(PeopleText.Format("PasswordTooLong", MaxLength));
        }
        if (string.Equals(password.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add(PeopleText.Get("PasswordIsUserName"));
        }
        if (Common.Contains(password) || password.Distinct().Count() == 1)
        {
            reasons.Add(PeopleText.Get("PasswordTooCommon"));
        }
        return reasons;
    }

    /// <summary>A temporary password: 16 characters from a set without look-alikes, read out or typed once.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 16);
    }
}

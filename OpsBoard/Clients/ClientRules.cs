using System.Text.RegularExpressions;
using OpsBoard.Domain.Fields;

namespace OpsBoard.Clients;

/// <summary>What a client's record may hold; checked before anything is read or written.</summary>
public static partial class ClientRules
{
    public const int TaxIdMaxLength = 32;
    public const int ContactsMax = 20;
    public const int ContactMaxLength = 200;

    public static (CheckedClient? Client, Dictionary<string, string[]> Errors) Check(ClientRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > FieldLimits.ShortText || ClientNames.Key(name).Length == 0)
        {
            errors["name"] = [ClientText.Format("NameRequired", FieldLimits.ShortText)];
        }
        var code = Blank(request.Code);
        if (code is not null && (code.Length > 32 || !CodePattern().IsMatch(code) || code.StartsWith(ClientCodes.GeneratedPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            errors["code"] = [ClientText.Get("CodeInvalid")];
        }
        var taxId = Blank(request.TaxId);
        if (taxId is not null && (taxId.Length > TaxIdMaxLength || !TaxIdPattern().IsMatch(taxId)))
        {
            errors["taxId"] = [ClientText.Format("TaxIdInvalid", TaxIdMaxLength)];
        }
        ClientSegment segment = default;
        if (request.Segment is null || !Enum.TryParse(request.Segment, true, out segment) || !Enum.IsDefined(segment) || int.TryParse(request.Segment, out _))
        {
            errors["segment"] = [ClientText.Format("SegmentInvalid", string.Join(", ", Enum.GetNames<ClientSegment>().Select(Api)))];
        }
        ClientTier? tier = null;
        if (request.Tier is not null)
        {
            if (!Enum.TryParse<ClientTier>(request.Tier, true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(request.Tier, out _))
            {
                errors["tier"] = [ClientText.Format("TierInvalid", string.Join(", ", Enum.GetNames<ClientTier>().Select(Api)))];
            }
            else
            {
                tier = parsed;
            }
        }
        var contacts = CheckContacts(request.Contacts, errors);
        var (amount, currency) = CheckLimit(request.ApprovedLimit, errors);
        return errors.Count > 0 ? (null, errors) : (new CheckedClient(name!, code, taxId, segment, contacts, amount, currency) { Tier = tier }, errors);
    }

    /// <summary>The segment as the API writes it: individual, company, private, vip.</summary>
    public static string Api(this ClientSegment segment) => Api(segment.ToString());

    /// <summary>The tier as the API writes it: standard, priority.</summary>
    public static string Api(this ClientTier tier) => Api(tier.ToString());

    private static string Api(string name) => name.ToLowerInvariant();

    private static List<ClientContact> CheckContacts(List<ClientContactRequest>? requests, Dictionary<string, string[]> errors)
    {
        var contacts = new List<ClientContact>();
        if (requests is null)
        {
            return contacts;
        }
        if (requests.Count > ContactsMax)
        {
            errors["contacts"] = [ClientText.Format("ContactsTooMany", ContactsMax)];
            return contacts;
        }
        for (var n = 0; n < requests.Count; n++)
        {
            var kind = requests[n]?.Kind?.Trim().ToLowerInvariant();
            var value = Blank(requests[n]?.Value);
            var valid = kind is not null && ClientContact.Kinds.Contains(kind) && value is not null && value.Length <= ContactMaxLength && kind switch
            {
                ClientContact.Phone => PhonePattern().IsMatch(value) && value.Count(char.IsAsciiDigit) >= 6,
                ClientContact.Email => EmailPattern().IsMatch(value),
                _ => !value.Any(char.IsControl),
            };
            if (!valid)
            {
                errors[$"contacts[{n}]"] = [ClientText.Format("ContactInvalid", string.Join(", ", ClientContact.Kinds), ContactMaxLength)];
                continue;
            }
            contacts.Add(new ClientContact(kind!, value!));
        }
        return contacts;
    }

    private static (decimal?, string?) CheckLimit(ClientLimitRequest? limit, Dictionary<string, string[]> errors)
    {
        if (limit is null || (limit.Amount is null && limit.Currency is null))
        {
            return (null, null);
        }
        var currency = limit.Currency?.Trim().ToUpperInvariant();
        if (limit.Amount is not { } amount || amount < 0m || amount > FieldLimits.MoneyMax || currency is null || !CurrencyPattern().IsMatch(currency))
        {
            errors["approvedLimit"] = [ClientText.Get("LimitInvalid")];
            return (null, null);
        }
        return (amount, currency);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex CodePattern();

    // Tax ids are written many ways (CPF 123.456.789-09, CNPJ 12.345.678/0001-95, EIN 12-3456789, ИНН): letters, digits and their punctuation.
    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd} ./-]*$")]
    private static partial Regex TaxIdPattern();

    [GeneratedRegex(@"^\+?[0-9 ().-]+$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}

namespace EmulationPortal.Core.Content;

/// <summary>
/// The portal's name, the agency that runs it and how to reach it, as the footer, the contact page and the
/// organisation's JSON-LD show them; a fact not set is null and its line is left out.
/// </summary>
public sealed record SiteProfile(
    string Name,
    string? Agency,
    string? Address,
    string? Phone,
    string? Email,
    string? ContentManager,
    string? ContentManagerPosition,
    string? Licence,
    string? LogoKey)
{
    /// <summary>The phone number as a <c>tel:</c> address: digits and a leading plus only, as dialers read it.</summary>
    public string? PhoneLink => Phone is null ? null
        : "tel:" + (Phone.TrimStart().StartsWith('+') ? "+" : "") + new string(Phone.Where(char.IsAsciiDigit).ToArray());
}

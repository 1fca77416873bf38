namespace EmulationPortal.Core.Content;

/// <summary>
/// A link that opens an item's preview for someone without an account (a leader asked to read a draft): made for
/// the item's newest version at the time, until <see cref="ExpiresUtc"/>.
/// </summary>
/// <param name="VoidOnChange">Whether a newer version than <see cref="Version"/> ends the link.</param>
public sealed record PreviewLink(string Id, string ItemId, int Version, bool VoidOnChange, DateTime ExpiresUtc)
{
    /// <summary>Whether the item's newest version being <paramref name="latestVersion"/> ends the link.</summary>
    public bool EndedBy(int latestVersion) => VoidOnChange && latestVersion != Version;
}

/// <summary>
/// The shared preview links, as the public preview pages read them; the module that lets people make and revoke
/// them implements it.
/// </summary>
public interface IPreviewLinks
{
    /// <summary>
    /// The link a token stands for while it is in force; null when the token was altered or made elsewhere, or its
    /// link is unknown, revoked or expired — which a reader is never told apart.
    /// </summary>
    Task<PreviewLink?> FindInForceAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Notes that the link was just opened, for its sharer to see.</summary>
    Task MarkOpenedAsync(string linkId, CancellationToken cancellationToken = default);
}

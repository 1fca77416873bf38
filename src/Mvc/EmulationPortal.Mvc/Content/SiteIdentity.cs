using EmulationPortal.Core.Content;
using EmulationPortal.Core.Media;
using EmulationPortal.Mvc.Media;

namespace EmulationPortal.Mvc.Content;

/// <summary>The site's name and contacts with its logo's addresses, for the contact page and the organisation's JSON-LD.</summary>
public sealed record SiteCard(SiteProfile Profile, PhotoUrls? Logo);

public sealed class SiteIdentity(SiteSettings settings, IMediaLibrary library)
{
    public async Task<SiteCard> GetAsync(CancellationToken cancellationToken = default)
    {
        var profile = await settings.ProfileAsync(cancellationToken);
        // Asked only when a logo is set: pages without one keep their round trips to the database.
        var logo = profile.LogoKey is { } key && (await library.PhotosAsync([key], cancellationToken)).GetValueOrDefault(key) is { } source
            ? PhotoUrls.For(source, library)
            : null;
        return new SiteCard(profile, logo);
    }
}

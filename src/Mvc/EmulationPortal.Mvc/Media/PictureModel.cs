using System.Globalization;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Mvc.Media;

/// <summary>
/// What the picture partial needs to write a responsive &lt;picture&gt;: the photo's addresses and how the page shows it.
/// <paramref name="Focus"/> is given only where the page crops the photo (cards).
/// </summary>
public sealed record PictureModel(PhotoUrls Photo, string Alt, string Sizes, bool Eager, PhotoFocus? Focus = null)
{
    /// <summary>
    /// The theme's classes that set the crop's object-position in steps of a tenth: the Content-Security-Policy
    /// refuses style attributes, and a tenth of a card is finer than a face. Null for the centre, CSS's default.
    /// </summary>
    public string? FocusClass => Focus is null or { IsCentre: true } ? null : $"focus-x-{Tenths(Focus.X)} focus-y-{Tenths(Focus.Y)}";

    private static string Tenths(decimal fraction) =>
        (10 * (int)Math.Round(Math.Clamp(fraction, 0, 1) * 10, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}

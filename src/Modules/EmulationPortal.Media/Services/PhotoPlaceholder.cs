using System.Text;

namespace EmulationPortal.Media.Services;

/// <summary>
/// What a photo's address shows while its renditions are being made, or when they could not be: a
/// grey frame with a picture sign, a few hundred bytes whatever the photo. "slice" fills the page's
/// box, whose width and height come from the photo, and keeps the sign in the middle.
/// </summary>
public static class PhotoPlaceholder
{
    public const string ContentType = "image/svg+xml";

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes("""
        <svg xmlns="http://www.w3.org/2000/svg" width="480" height="320" viewBox="0 0 480 320" preserveAspectRatio="xMidYMid slice"><rect width="480" height="320" fill="#e6e9ed"/><g fill="none" stroke="#9aa3ad" stroke-width="6" stroke-linejoin="round"><rect x="196" y="122" width="88" height="66" rx="6"/><path d="M204 180l22-24 16 16 10-10 24 18"/></g><circle cx="262" cy="140" r="7" fill="#9aa3ad"/></svg>
        """);
}

using EmulationPortal.Core.Media;

namespace EmulationPortal.Mvc.Media;

/// <summary>The addresses and size of one photo's renditions, worked out before the page renders.</summary>
public sealed record PhotoUrls(int DefaultWidth, int? DefaultHeight, string DefaultUrl, string LargestUrl, string WebpSourceSet, string JpegSourceSet)
{
    public static PhotoUrls For(PhotoSource source, IMediaLibrary library)
    {
        // The width a browser without srcset gets: the middle one, good on phones and desktops alike.
        var defaultWidth = source.Widths[source.Widths.Count / 2];
        string SourceSet(string format) => string.Join(", ", source.Widths.Select(w => $"{library.PhotoUrl(source.Key, w, format)} {w}w"));
        return new PhotoUrls(defaultWidth, source.HeightAt(defaultWidth), library.PhotoUrl(source.Key, defaultWidth, "jpg"),
            library.PhotoUrl(source.Key, source.Widths[^1], "jpg"), SourceSet("webp"), SourceSet("jpg"));
    }

    /// <summary>The addresses of every photo found, by media key.</summary>
    public static IReadOnlyDictionary<string, PhotoUrls> For(IReadOnlyDictionary<string, PhotoSource> sources, IMediaLibrary library) =>
        sources.ToDictionary(pair => pair.Key, pair => For(pair.Value, library));
}

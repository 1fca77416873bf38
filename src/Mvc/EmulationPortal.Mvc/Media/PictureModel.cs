using EmulationPortal.Core.Media;

namespace EmulationPortal.Mvc.Media;

/// <summary>What the picture partial needs to write a responsive &lt;picture&gt;.</summary>
public sealed record PictureModel(PhotoSource Source, string Alt, string Sizes, bool Eager, IMediaLibrary Library)
{
    public string SourceSet(string format) => string.Join(", ", Source.Widths.Select(w => $"{Library.PhotoUrl(Source.Key, w, format)} {w}w"));

    /// <summary>The width a browser without srcset gets: the middle one, good on phones and desktops alike.</summary>
    public int DefaultWidth => Source.Widths[Source.Widths.Count / 2];

    public string DefaultUrl => Library.PhotoUrl(Source.Key, DefaultWidth, "jpg");

    public string LargestUrl => Library.PhotoUrl(Source.Key, Source.Widths[^1], "jpg");
}

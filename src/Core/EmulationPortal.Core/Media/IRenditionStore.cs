using Microsoft.Extensions.FileProviders;

namespace EmulationPortal.Core.Media;

/// <summary>A photo's renditions (the sizes and formats pages serve), kept by the media store beside the original.</summary>
public interface IRenditionStore
{
    /// <summary>A folder on this machine that the rendition tool writes a photo's renditions into, each written aside and moved in.</summary>
    string RenditionDirectory(string key);

    /// <summary>The rendition once made; null before that, or when the key or the format is not one.</summary>
    IFileInfo? FindRendition(string key, int width, string format);
}

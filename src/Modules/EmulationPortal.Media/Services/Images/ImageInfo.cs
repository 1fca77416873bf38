namespace EmulationPortal.Media.Services.Images;

/// <summary>
/// An image as its headers describe it. Width and height are the upright size a reader sees: a phone
/// photo stored sideways with an EXIF orientation (or a HEIF rotation) has its sides swapped back.
/// </summary>
public sealed record ImageInfo(string Extension, int Width, int Height);

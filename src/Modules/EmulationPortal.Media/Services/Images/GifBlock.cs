namespace EmulationPortal.Media.Services.Images;

/// <summary>One GIF block after the header and global colour table: an extension or an image with its data.</summary>
internal readonly record struct GifBlock(byte Introducer, byte Label, int Start, int End);

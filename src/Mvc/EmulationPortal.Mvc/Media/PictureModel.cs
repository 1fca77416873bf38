namespace EmulationPortal.Mvc.Media;

/// <summary>What the picture partial needs to write a responsive &lt;picture&gt;: the photo's addresses and how the page shows it.</summary>
public sealed record PictureModel(PhotoUrls Photo, string Alt, string Sizes, bool Eager);

namespace EmulationPortal.Mvc.Content;

/// <summary>A shared preview link's address: the item's preview page with the link's key in <see cref="Key"/>.</summary>
public static class SharedPreview
{
    /// <summary>The query key that carries the key of a shared preview link.</summary>
    public const string Key = "ma";

    /// <summary>The <c>ViewData</c> entry of a page opened through a shared link: a <see cref="SharedPreviewBanner"/>.</summary>
    public const string ViewDataKey = "SharedPreview";

    /// <summary>The page that says a link no longer opens anything.</summary>
    public const string GoneView = "PreviewLinkGone";
}

/// <summary>What the banner of a page opened through a shared link says: until when the link works.</summary>
public sealed record SharedPreviewBanner(DateTime ExpiresUtc);

/// <summary>Why a shared link opens nothing: told only when the link was genuine and its item changed.</summary>
public sealed record PreviewLinkGonePage(bool ItemChanged);

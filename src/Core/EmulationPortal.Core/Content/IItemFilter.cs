namespace EmulationPortal.Core.Content;

/// <summary>One value an <see cref="IItemFilter"/> offers: its value in addresses and its Vietnamese name.</summary>
public sealed record ItemFilterOption(string Value, string Label);

/// <summary>
/// A filter on what a module knows of its items and search does not index, because it changes without the item
/// changing (a document replaced by a newer one, or past its expiry date): search asks for the items that pass.
/// </summary>
public interface IItemFilter
{
    /// <summary>Which filter it is: one of <see cref="ItemFilterKeys"/>, the page's query key.</summary>
    string Key { get; }

    /// <summary>The filter's Vietnamese name: "Hiệu lực".</summary>
    string Label { get; }

    IReadOnlyList<ItemFilterOption> Options { get; }

    /// <summary>The option a value names (its address form or, in the API, its name), or null when it names none.</summary>
    ItemFilterOption? Find(string? value);

    /// <summary>Whether items of this type are ones the filter speaks of (a search finding none is not offered it).</summary>
    bool Covers(string type);

    /// <summary>The ids of the items that have the option today.</summary>
    Task<IReadOnlyCollection<string>> ItemsAsync(ItemFilterOption option, CancellationToken cancellationToken = default);
}

/// <summary>
/// The item filters search offers. Each is a parameter of the search actions by name, as the page cache varies only
/// by the parameters an action declares.
/// </summary>
public static class ItemFilterKeys
{
    /// <summary>A document's legal force: <c>?hieu-luc=</c> on pages, <c>?status=</c> in the API.</summary>
    public const string LegalStatus = "hieu-luc";
}

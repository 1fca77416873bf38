namespace EmulationPortal.Core.Content;

/// <summary>A short word lists show beside an item, e.g. a document's status ("Bị thay thế"), with its CSS classes.</summary>
public sealed record ContentBadge(string Text, string CssClass);

/// <summary>What a module says of its items in lists; lists of other items never ask it anything.</summary>
public interface IContentBadges
{
    /// <summary>The badges of those of these items the module knows.</summary>
    Task<IReadOnlyDictionary<string, ContentBadge>> BadgesAsync(IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken = default);

    /// <summary>Whether items of this type may carry a badge (lists of other types are not asked, and cost no query).</summary>
    bool Covers(string type);
}

using EmulationPortal.Core.Content;
using EmulationPortal.Core.Media;
using EmulationPortal.Mvc.Media;

namespace EmulationPortal.Mvc.Content;

/// <summary>A card of a list of write-ups: the item and its photo's addresses.</summary>
public sealed record NewsCard(ContentCard Card, PhotoUrls? Photo);

/// <summary>Builds the cards of news lists with their photos' addresses, so the card partial only renders.</summary>
public sealed class NewsCards(ContentCards cards, IMediaLibrary library)
{
    public async Task<IReadOnlyList<NewsCard>> BuildAsync(IEnumerable<ContentRecord> records, CancellationToken cancellationToken = default) =>
        (await cards.BuildAsync(records, cancellationToken))
            .Select(card => new NewsCard(card, card.Photo is null ? null : PhotoUrls.For(card.Photo, library)))
            .ToList();
}

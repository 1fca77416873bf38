using EmulationPortal.Core.Content;

namespace EmulationPortal.Mvc.Routing;

/// <summary>A published item found by the number it was issued under.</summary>
public sealed record NumberedLink(string Number, string Title, string Url);

/// <summary>
/// Links to what a record names by number only (the award decision a consultation led to, the document of a cluster's
/// covenant), once that item is published, whichever module keeps it.
/// </summary>
public sealed class NumberedDocuments(ContentStore contentStore, ContentTypeRegistry types, ContentLinks links)
{
    public async Task<NumberedLink?> FindAsync(string? number, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        var numbered = types.All.Select(t => t.Name).ToList();
        var found = await contentStore.ListPublishedAsync(new ContentQuery { Types = numbered, Number = number.Trim(), PageSize = 1 }, cancellationToken);
        return found.Items.FirstOrDefault() is { } record ? new NumberedLink(number.Trim(), record.Title, links.Public(types.Get(record.Type), record.Slug)) : null;
    }
}

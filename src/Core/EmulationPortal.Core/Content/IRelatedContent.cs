namespace EmulationPortal.Core.Content;

/// <summary>A link one module puts on another's public page, under its heading.</summary>
public sealed record RelatedLink(string Heading, string Title, string Url);

/// <summary>
/// Links to an item from content of other modules that names it: the public consultation held before an award
/// decision, shown on the decision's page. Each module answers for its own content.
/// </summary>
public interface IRelatedContent
{
    Task<IReadOnlyList<RelatedLink>> LinksAsync(ContentRecord record, CancellationToken cancellationToken = default);
}

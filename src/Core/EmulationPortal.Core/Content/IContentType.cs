namespace EmulationPortal.Core.Content;

/// <summary>Columns every version carries so that lists and filters need not read the JSON.</summary>
public sealed record ContentFacts(DateOnly? Date, int? Year, string? Number);

/// <summary>
/// What a list shows of an item besides its title: a line of text, a place, a photo, a kind, and the file readers
/// came for (a document's signed text), which lists offer to download.
/// </summary>
public sealed record ContentSummary(string Label, string? Text, string? Location = null, Photo? Photo = null, Attachment? File = null);

/// <summary>
/// The parts of an item that readers meet in every type, as the checks before review read them: its summary (null
/// when the type has no summary field), its Markdown body and its photos with their captions.
/// </summary>
public sealed record ContentParts(string? Summary, string Body, IReadOnlyList<Photo> Photos);

/// <summary>
/// The part of the public site a type is listed in (the news list, the documents list…). The module that
/// owns the public list declares it; a type of another module joins the list by naming the same section.
/// </summary>
public sealed record ContentSection(string Name)
{
    /// <summary>Where the section's types come in lists of every type (the admin's "write new" menu).</summary>
    public int Order { get; init; }

    /// <summary>A section is its name: another module names it without knowing its place in lists.</summary>
    public bool Equals(ContentSection? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}

/// <summary>
/// The names of a type's routes. The web layer makes the addresses from them, so each template is written once, on
/// its action: the public page takes the item's <c>slug</c>, the preview and the editor its <c>id</c>, the create page
/// the cluster as <c>cum</c>.
/// </summary>
public sealed record ContentRoutes(string Public, string Preview, string Edit, string Create)
{
    /// <summary>The query key by which a create page shared by several types is told which one to make.</summary>
    public string? CreateTypeKey { get; init; }
}

/// <summary>A content type: what its fields are and which routes show and edit it.</summary>
public interface IContentType
{
    ContentSection Section { get; }

    /// <summary>The name in recipes and in the database: Conference, Plan, AwardDecision, Document.</summary>
    string Name { get; }

    /// <summary>The Vietnamese name shown to people.</summary>
    string DisplayName { get; }

    Type DataType { get; }

    /// <summary>
    /// The Vietnamese names of the type's own form fields ("date" → "Ngày hội nghị"), for the editor's
    /// error summary; the fields every type shares (title, cluster, photos…) are named by the editor itself.
    /// </summary>
    IReadOnlyDictionary<string, string> FieldLabels { get; }

    /// <summary>
    /// The Vietnamese name of a value as stored ("Collective" → "Tập thể") of the field <paramref name="field"/>, its
    /// list indexes left out ("awards.recipientType"); null when the stored value is what people read. The version
    /// comparison asks, so editors never see an enum's English name.
    /// </summary>
    string? ValueName(string field, string value) => null;

    ContentFacts Describe(ContentData data);

    ContentSummary Summarize(ContentData data);

    /// <summary>The summary, body and photos of an item of this type, for the checks before review.</summary>
    ContentParts Parts(ContentData data);

    /// <summary>What search indexes of an item of this type.</summary>
    Search.SearchText SearchText(ContentData data);

    /// <summary>Its public page, its preview (the latest version as readers would see it, for its editors) and its editor.</summary>
    ContentRoutes Routes { get; }

    /// <summary>
    /// Whether readers are shown the cluster the item belongs to. A law entered for citations to link to is kept by
    /// a cluster's editors, but the cluster did not issue it.
    /// </summary>
    bool ShowsCluster => true;

    /// <summary>Whether search engines are given the item's public address; false when that address only leads to a page listed otherwise.</summary>
    bool InSitemap => true;
}

public abstract class ContentType<TData> : IContentType where TData : ContentData
{
    public abstract ContentSection Section { get; }

    public abstract string Name { get; }

    public abstract string DisplayName { get; }

    public Type DataType => typeof(TData);

    public virtual IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>();

    public virtual string? ValueName(string field, string value) => null;

    /// <summary>The name of a stored enum value, by the function that names the enum elsewhere in the site.</summary>
    protected static string? Named<TEnum>(string value, Func<TEnum, string> name) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out var parsed) && Enum.IsDefined(parsed) ? name(parsed) : null;

    public ContentFacts Describe(ContentData data) => Describe((TData)data);

    protected abstract ContentFacts Describe(TData data);

    public ContentSummary Summarize(ContentData data) => Summarize((TData)data);

    protected abstract ContentSummary Summarize(TData data);

    public ContentParts Parts(ContentData data) => Parts((TData)data);

    protected abstract ContentParts Parts(TData data);

    public Search.SearchText SearchText(ContentData data) => SearchText((TData)data);

    protected abstract Search.SearchText SearchText(TData data);

    public abstract ContentRoutes Routes { get; }

    public virtual bool ShowsCluster => true;

    public virtual bool InSitemap => true;
}

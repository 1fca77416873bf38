using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Media;

namespace EmulationPortal.Mvc.Admin;

/// <summary>
/// What the generic content editor needs, in one piece, so an editor controller of a content type
/// passes one constructor argument to its base instead of seven.
/// </summary>
public sealed class ContentEditorServices(
    ContentEditing editing,
    ContentStore store,
    ContentTypeRegistry types,
    IClusterDirectory clusters,
    IMediaLibrary media,
    IMediaStore mediaStore,
    IDbConnectionFactory connections,
    IContentAccessProvider access)
{
    public ContentEditing Editing { get; } = editing;
    public ContentStore Store { get; } = store;
    public ContentTypeRegistry Types { get; } = types;
    public IClusterDirectory Clusters { get; } = clusters;
    public IMediaLibrary Media { get; } = media;
    public IMediaStore MediaStore { get; } = mediaStore;
    public IDbConnectionFactory Connections { get; } = connections;
    public IContentAccessProvider Access { get; } = access;
}

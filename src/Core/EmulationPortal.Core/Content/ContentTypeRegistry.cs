using System.Text.Json;

namespace EmulationPortal.Core.Content;

public sealed class ContentTypeRegistry
{
    private readonly Dictionary<string, IContentType> _types;

    public ContentTypeRegistry(IEnumerable<IContentType> types) =>
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<IContentType> All => _types.Values;

    public IReadOnlyList<string> NamesIn(ContentSection section) =>
        _types.Values.Where(t => t.Section == section).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();

    public IContentType? Find(string? name) => name is not null && _types.TryGetValue(name, out var type) ? type : null;

    public IContentType? Find(Type dataType) => _types.Values.FirstOrDefault(t => t.DataType == dataType);

    public IContentType Get(string name) =>
        Find(name) ?? throw new InvalidOperationException($"Unknown content type '{name}'.");

    public ContentData Deserialize(string type, string json) =>
        (ContentData)(JsonSerializer.Deserialize(json, Get(type).DataType, ContentJson.Options)
            ?? throw new InvalidOperationException($"Empty data for a {type}."));

    public T Deserialize<T>(ContentRecord record) where T : ContentData => (T)Deserialize(record.Type, record.Data);

    public static string Serialize(ContentData data) => JsonSerializer.Serialize(data, data.GetType(), ContentJson.Options);
}

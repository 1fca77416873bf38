using System.Collections.Concurrent;

namespace EmulationPortal.Search.Services;

/// <summary>
/// Numbers for strings (folded tokens, or the values filters and facets read), handed out once and
/// kept for the life of the index, so that every segment and snapshot uses the same numbers. Reading
/// never locks; several builders may add at once.
/// </summary>
internal sealed class Vocabulary
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _names = [];
    private readonly Lock _adding = new();

    public Vocabulary() => _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many strings have a number: every number is below it.</summary>
    public int Count
    {
        get
        {
            lock (_adding)
            {
                return _names.Count;
            }
        }
    }

    /// <summary>The number of a string, or -1 when it has none.</summary>
    public int Find(string? value) => value is not null && _ids.TryGetValue(value, out var id) ? id : -1;

    public int Id(string value) => _ids.TryGetValue(value, out var id) ? id : Add(value);

    public int Id(ReadOnlySpan<char> value) => _bySpan.TryGetValue(value, out var id) ? id : Add(value.ToString());

    public string Name(int id)
    {
        lock (_adding)
        {
            return _names[id];
        }
    }

    private int Add(string value)
    {
        lock (_adding)
        {
            if (_ids.TryGetValue(value, out var id))
            {
                return id;
            }
            _names.Add(value);
            _ids[value] = _names.Count - 1;
            return _names.Count - 1;
        }
    }
}

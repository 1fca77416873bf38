namespace EmulationPortal.Search.Services.Memory;

/// <summary>
/// Posting lists, immutable: for each key (a token, or two tokens side by side), the ordinals of the
/// documents holding it in increasing order, each with a frequency when the table keeps them. A list
/// is a run of variable-length integers (the gap to the previous ordinal, then the frequency) in one
/// array shared by all keys; the keys are sorted, and found by a binary search.
/// </summary>
internal sealed class PostingTable
{
    private readonly long[] _keys;
    private readonly int[] _starts;
    private readonly int[] _counts;
    private readonly byte[] _data;

    private PostingTable(bool withFrequency, long[] keys, int[] starts, int[] counts, byte[] data)
    {
        WithFrequency = withFrequency;
        _keys = keys;
        _starts = starts;
        _counts = counts;
        _data = data;
    }

    public bool WithFrequency { get; }

    /// <summary>How many documents hold each key, summed over keys.</summary>
    public long Postings => _counts.Sum(c => (long)c);

    /// <summary>The memory the lists and their keys take.</summary>
    public long Bytes => _data.Length + _keys.Length * (8L + 4 + 4) + 4;

    /// <summary>How many documents hold the key.</summary>
    public int Count(long key) => Array.BinarySearch(_keys, key) is var at and >= 0 ? _counts[at] : 0;

    /// <summary>The documents holding the key, in increasing order: none when it is absent.</summary>
    public PostingReader Read(long key) =>
        Array.BinarySearch(_keys, key) is var at and >= 0 ? ReadAt(at) : new PostingReader([], WithFrequency);

    private PostingReader ReadAt(int index) =>
        new(_data.AsSpan(_starts[index], _starts[index + 1] - _starts[index]), WithFrequency);

    /// <summary>Two tokens side by side, as the key of the lists of pairs.</summary>
    public static long Pair(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>
    /// One table of the lists of several, renumbered: <paramref name="ordinals"/> gives, for each table,
    /// each of its ordinals' new number, or -1 for a document left out. New numbers must grow from one
    /// table to the next, as they do when the tables' documents are put one after the other.
    /// </summary>
    public static PostingTable Merge(IReadOnlyList<(PostingTable Table, int[] Ordinals)> inputs, bool withFrequency)
    {
        var output = new Writer(withFrequency);
        var next = new int[inputs.Count];
        while (true)
        {
            var key = long.MaxValue;
            var any = false;
            for (var i = 0; i < inputs.Count; i++)
            {
                if (next[i] < inputs[i].Table._keys.Length && inputs[i].Table._keys[next[i]] <= key)
                {
                    key = inputs[i].Table._keys[next[i]];
                    any = true;
                }
            }
            if (!any)
            {
                return output.ToTable();
            }
            output.StartKey(key);
            for (var i = 0; i < inputs.Count; i++)
            {
                var (table, ordinals) = inputs[i];
                if (next[i] < table._keys.Length && table._keys[next[i]] == key)
                {
                    var reader = table.ReadAt(next[i]++);
                    while (reader.Next(out var ordinal, out var frequency))
                    {
                        if (ordinals[ordinal] >= 0)
                        {
                            output.Add(ordinals[ordinal], frequency);
                        }
                    }
                }
            }
            output.EndKey();
        }
    }

    /// <summary>Gathers lists key by key, in any order of keys, each list's ordinals in increasing order.</summary>
    public sealed class Builder(bool withFrequency)
    {
        private readonly Dictionary<long, List> _lists = [];

        public void Add(long key, int ordinal, int frequency = 1)
        {
            if (!_lists.TryGetValue(key, out var list))
            {
                _lists[key] = list = new List();
            }
            list.Add(ordinal, withFrequency ? frequency : null);
        }

        public PostingTable Build()
        {
            var output = new Writer(withFrequency);
            foreach (var key in _lists.Keys.Order())
            {
                var list = _lists[key];
                output.StartKey(key);
                output.AddEncoded(list.Bytes.AsSpan(0, list.Length), list.Count);
                output.EndKey();
            }
            _lists.Clear();
            return output.ToTable();
        }

        private sealed class List
        {
            private int _last = -1;

            public byte[] Bytes = new byte[8];
            public int Length;
            public int Count;

            public void Add(int ordinal, int? frequency)
            {
                Encoding.Append(ref Bytes, ref Length, ordinal - _last);
                if (frequency is { } f)
                {
                    Encoding.Append(ref Bytes, ref Length, f);
                }
                _last = ordinal;
                Count++;
            }
        }
    }

    /// <summary>Writes a table key after key, in increasing order of keys.</summary>
    private sealed class Writer(bool withFrequency)
    {
        private readonly List<long> _keys = [];
        private readonly List<int> _starts = [];
        private readonly List<int> _counts = [];
        private byte[] _data = new byte[1 << 16];
        private int _length;
        private int _last;
        private int _count;

        public void StartKey(long key)
        {
            _keys.Add(key);
            _starts.Add(_length);
            _last = -1;
            _count = 0;
        }

        public void Add(int ordinal, int frequency)
        {
            Encoding.Append(ref _data, ref _length, ordinal - _last);
            if (withFrequency)
            {
                Encoding.Append(ref _data, ref _length, frequency);
            }
            _last = ordinal;
            _count++;
        }

        public void AddEncoded(ReadOnlySpan<byte> bytes, int count)
        {
            Encoding.Reserve(ref _data, _length + bytes.Length);
            bytes.CopyTo(_data.AsSpan(_length));
            _length += bytes.Length;
            _count += count;
        }

        public void EndKey()
        {
            if (_count == 0)
            {
                _keys.RemoveAt(_keys.Count - 1);
                _starts.RemoveAt(_starts.Count - 1);
                return;
            }
            _counts.Add(_count);
        }

        public PostingTable ToTable()
        {
            _starts.Add(_length);
            return new PostingTable(withFrequency, [.. _keys], [.. _starts], [.. _counts], _data.AsSpan(0, _length).ToArray());
        }
    }

    private static class Encoding
    {
        public static void Append(ref byte[] data, ref int length, int value)
        {
            Reserve(ref data, length + 5);
            var v = (uint)value;
            while (v >= 0x80)
            {
                data[length++] = (byte)(v | 0x80);
                v >>= 7;
            }
            data[length++] = (byte)v;
        }

        public static void Reserve(ref byte[] data, int size)
        {
            if (size > data.Length)
            {
                Array.Resize(ref data, Math.Max(size, data.Length * 2));
            }
        }
    }
}

/// <summary>Reads one posting list, ordinal after ordinal.</summary>
internal ref struct PostingReader(ReadOnlySpan<byte> data, bool withFrequency)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;
    private int _ordinal = -1;

    public bool Next(out int ordinal, out int frequency)
    {
        if (_position >= _data.Length)
        {
            ordinal = frequency = 0;
            return false;
        }
        _ordinal += ReadInt();
        ordinal = _ordinal;
        frequency = withFrequency ? ReadInt() : 1;
        return true;
    }

    private int ReadInt()
    {
        var b = _data[_position++];
        if (b < 0x80)
        {
            return b;
        }
        var value = b & 0x7F;
        var shift = 7;
        do
        {
            b = _data[_position++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }
}

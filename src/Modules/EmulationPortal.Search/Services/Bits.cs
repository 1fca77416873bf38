using System.Numerics;

namespace EmulationPortal.Search.Services;

/// <summary>Sets of ordinals as bits: 64 to a word.</summary>
internal static class Bits
{
    public static ulong[] New(int count) => new ulong[(count + 63) >> 6];

    public static ulong[] All(int count)
    {
        var bits = New(count);
        Array.Fill(bits, ulong.MaxValue);
        if ((count & 63) != 0)
        {
            bits[^1] = (1UL << (count & 63)) - 1;
        }
        return bits;
    }

    public static bool Get(ulong[] bits, int ordinal) => (bits[ordinal >> 6] & (1UL << (ordinal & 63))) != 0;

    public static void Set(ulong[] bits, int ordinal) => bits[ordinal >> 6] |= 1UL << (ordinal & 63);

    public static void Clear(ulong[] bits, int ordinal) => bits[ordinal >> 6] &= ~(1UL << (ordinal & 63));

    public static void And(ulong[] target, ulong[] other)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] &= other[i];
        }
    }

    public static void Or(ulong[] target, ulong[] other)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] |= other[i];
        }
    }

    public static void AndNot(ulong[] target, ulong[] other)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] &= ~other[i];
        }
    }

    /// <summary>The ordinals in the set, in increasing order.</summary>
    public static int Count(ulong[] bits)
    {
        var count = 0;
        foreach (var word in bits)
        {
            count += System.Numerics.BitOperations.PopCount(word);
        }
        return count;
    }

    public static IEnumerable<int> Ordinals(ulong[] bits)
    {
        for (var i = 0; i < bits.Length; i++)
        {
            var word = bits[i];
            while (word != 0)
            {
                yield return (i << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }
}

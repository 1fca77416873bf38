using EmulationPortal.Search.Services;
using EmulationPortal.Search.Services.Lucene;

namespace EmulationPortal.FunctionalTests.Search;

/// <summary>The decoded postings kept across searches: within the budget, the least lately used go first, and a closed segment's go at once.</summary>
public sealed class PostingsCacheTests
{
    // A set of 64,000 documents: 8,000 bytes, and 64 for the record.
    private static TermPostings Postings() => new(Bits.New(64_000));

    [Fact]
    public void The_least_lately_used_postings_make_room_for_new_ones_within_the_budget()
    {
        var cache = new PostingsCache(budgetBytes: 8 * Postings().Bytes);
        var core = new object();
        var reads = new List<string>();
        void Search(string term) => cache.GetOrRead(core, "text", term, reads, read =>
        {
            read.Add(term);
            return Postings();
        });

        foreach (var term in new[] { "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t0", "t8", "t0", "t1" })
        {
            Search(term);
        }

        // t1 was the least lately used when t8 came, so it was read again; t0 never was.
        Assert.Equal(["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t1"], reads);
        Assert.True(cache.Bytes <= 8 * Postings().Bytes);
    }

    [Fact]
    public void Postings_larger_than_an_eighth_of_the_budget_are_read_every_time()
    {
        var cache = new PostingsCache(budgetBytes: Postings().Bytes * 4);
        var reads = 0;

        cache.GetOrRead(new object(), "text", "thi", 0, _ => { reads++; return Postings(); });

        Assert.Equal(1, reads);
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void A_segment_merged_away_leaves_nothing_behind()
    {
        var cache = new PostingsCache(budgetBytes: 1 << 20);
        var (merged, kept) = (new object(), new object());
        cache.GetOrRead(merged, "text", "thi", 0, _ => Postings());
        cache.GetOrRead(merged, "pair", "thi dua", 0, _ => Postings());
        cache.GetOrRead(kept, "text", "thi", 0, _ => Postings());

        cache.Forget(merged);

        Assert.Equal(Postings().Bytes, cache.Bytes);
        var reads = 0;
        cache.GetOrRead(kept, "text", "thi", 0, _ => { reads++; return Postings(); });
        Assert.Equal(0, reads);
    }

    [Fact]
    public void A_frequency_kept_in_a_byte_is_exact_to_127_then_within_three_percent_and_keeps_its_order()
    {
        var previous = -1f;
        for (var scaled = 0; scaled <= ushort.MaxValue; scaled++)
        {
            var kept = FrequencyCode.Frequency[FrequencyCode.Encode(scaled)] * IndexedDocument.WeightScale;
            if (scaled < 128)
            {
                Assert.Equal(scaled, kept);
            }
            else if (scaled < 62_000)
            {
                Assert.InRange(kept, scaled * 0.97, scaled * 1.03);
            }
            Assert.True(kept >= previous, $"{scaled} is kept below a smaller frequency.");
            previous = kept;
        }
    }
}

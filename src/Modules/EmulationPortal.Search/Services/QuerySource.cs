namespace EmulationPortal.Search.Services;

/// <summary>What filters, facets, sorting and scoring read of one document, at its ordinal in a segment.</summary>
/// <param name="Type">Labels (numbers of <see cref="IQuerySource.Labels"/>), -1 when the document has none.</param>
/// <param name="Date">yyyyMMdd, so that newer is larger; 0 when there is no date.</param>
/// <param name="Number">The folded document number ("2871/qd-ubnd") as its ordinal among the segment's numbers, -1 when there is none.</param>
/// <param name="NumberTokens">The ordinal of the document number's folded tokens in order ("2871 qd ubnd"), for a number typed in another order; -1 for none.</param>
/// <param name="Length">The field-weighted length, for BM25.</param>
internal readonly record struct DocumentFacts(
    long DocId,
    bool Archived,
    int Type,
    int Cluster,
    int Year,
    int Issuer,
    int[] AwardKinds,
    int Date,
    int Number,
    int NumberTokens,
    float Length);

/// <summary>
/// An index as a query reads it: its segments, and the statistics BM25
/// counts over all of them (deleted documents included, as long as a segment still holds them).
/// </summary>
internal interface IQuerySource
{
    IReadOnlyList<IQuerySegment> Segments { get; }

    /// <summary>Documents in the segments, deleted ones included.</summary>
    int Documents { get; }

    double AverageLength { get; }

    /// <summary>The numbers of the values filters and facets read; every label a segment uses is below <see cref="LabelCount"/>.</summary>
    Vocabulary Labels { get; }

    int LabelCount { get; }

    /// <summary>How many documents hold the folded token.</summary>
    int DocumentFrequency(string token);
}

/// <summary>
/// A part of an index: its documents' facts by ordinal, which are live, and the documents holding words. The sets it
/// gives may be the ones it keeps across searches: a caller copies one before changing it.
/// </summary>
internal interface IQuerySegment
{
    DocumentFacts[] Documents { get; }

    /// <summary>The ordinals of documents not deleted.</summary>
    ulong[] Live { get; }

    /// <summary>
    /// The documents holding the words side by side in one field, or the one word; <paramref name="exact"/> asks that
    /// a longer phrase be found whole (for the match and its counts), not only pair by pair (enough for a boost).
    /// </summary>
    ulong[] Phrase(IReadOnlyList<string> words, bool exact);

    /// <summary>The documents whose title holds every pair of neighbouring words.</summary>
    ulong[] TitlePhrase(IReadOnlyList<string> words);

    /// <summary>
    /// The ordinals of a folded document number and of its tokens in order among the segment's
    /// (<see cref="DocumentFacts.Number"/>, <see cref="DocumentFacts.NumberTokens"/>); below -1 for one no document bears.
    /// </summary>
    (int Number, int NumberTokens) NumberOrdinals(string? number, string? numberTokens);

    /// <summary>The documents holding the word as written (lower case, NFC) in a field where diacritics are weighed.</summary>
    ulong[] Accented(string word);

    /// <summary>Adds the token's BM25 share (<see cref="QueryEngine.Bm25"/>) to the score of each candidate holding it.</summary>
    void AddScores(string token, double idf, double averageLength, ulong[] candidates, double[] scores);
}

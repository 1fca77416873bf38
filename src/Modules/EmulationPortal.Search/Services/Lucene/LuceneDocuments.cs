using System.Globalization;
using EmulationPortal.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace EmulationPortal.Search.Services.Lucene;

/// <summary>
/// A row of <c>search_documents</c> as a Lucene document. Text is folded by our own rule (NFC, then
/// <see cref="VietnameseText"/>: every diacritic removed, đ → d), never by an analyzer's, and split as a
/// query is split (<see cref="SearchQuery.TokenRanges"/>). BM25F lives in one field: each token is
/// repeated as many times as its fields weigh. Neighbouring words are terms of their own, with the
/// position of the first, so that a phrase is a few short posting lists, checked whole by position.
/// The words written with diacritics are kept as written (lower case, NFC), once per document, for the
/// re-rank of the words a person typed with theirs ("cờ" before "có" and "cơ", which fold alike).
/// Filters, facets and sorting read doc values; nothing is stored, rows are read back from the table.
/// </summary>
internal static class LuceneDocuments
{
    public const string Id = "id", Text = "text", Pair = "pair", TitlePair = "tpair", Accented = "accented";
    public const string DocId = "doc_id", Archived = "archived", Date = "date", Length = "length";
    public const string Type = "type", Cluster = "cluster", Year = "year", Issuer = "issuer", AwardKind = "award_kind";
    public const string Number = "number", NumberTokens = "number_tokens";

    /// <summary>The title's and the number's tokens, each once: what the search box completes (<see cref="LuceneSuggestions"/>).</summary>
    public const string Complete = "complete";

    private static readonly FieldType Frequencies = Indexed(IndexOptions.DOCS_AND_FREQS);
    private static readonly FieldType Positions = Indexed(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static readonly FieldType DocsOnly = Indexed(IndexOptions.DOCS_ONLY);

    private static FieldType Indexed(IndexOptions options)
    {
        var type = new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true, IndexOptions = options };
        type.Freeze();
        return type;
    }

    /// <summary>Two neighbouring tokens as one term; tokens are [a-z0-9] runs, so a space cannot be part of one.</summary>
    public static string PairTerm(string first, string second) => first + " " + second;

    public static string IdTerm(long docId) => docId.ToString(CultureInfo.InvariantCulture);

    public static Document Build(IndexedDocument row)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new List<(string Term, int Increment)>();
        var titlePairs = new List<(string Term, int Increment)>();
        var listTokens = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        var lastPairAt = -1;
        var length = 0;
        var accented = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, weight, title, list, weighsAccents) in row.Fields())
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            var folded = VietnameseText.FoldLower(text);
            if (weighsAccents)
            {
                AddAccented(text, accented);
            }
            string? previous = null;
            var count = 0;
            foreach (var range in new SearchQuery.TokenRanges(folded))
            {
                var token = folded[range];
                if (!list || listTokens.Add(token))
                {
                    frequencies[token] = frequencies.GetValueOrDefault(token) + weight;
                    count++;
                }
                if (previous is not null)
                {
                    var pair = PairTerm(previous, token);
                    // A pair sits at its first word's place; positions run on across fields, so a phrase never spans two.
                    pairs.Add((pair, position - 1 - lastPairAt));
                    lastPairAt = position - 1;
                    if (title)
                    {
                        titlePairs.Add((pair, 1));
                    }
                }
                previous = token;
                position++;
            }
            listTokens.Clear();
            length += count * weight;
        }
        var document = new Document
        {
            new StringField(Id, IdTerm(row.DocId), Field.Store.NO),
            new Field(Text, new TermListStream(frequencies.SelectMany(f => Enumerable.Repeat((f.Key, 1), f.Value)).ToList()), Frequencies),
            new Field(Pair, new TermListStream(pairs), Positions),
            new Field(TitlePair, new TermListStream(titlePairs), DocsOnly),
            new Field(Accented, new TermListStream(accented.Select(word => (word, 1)).ToList()), DocsOnly),
            new Field(Complete, new TermListStream(SearchQuery.Tokenize($"{row.Title} {row.Number}").Distinct().Select(t => (t, 1)).ToList()), DocsOnly),
            new NumericDocValuesField(DocId, row.DocId),
            new NumericDocValuesField(Archived, row.Archived ? 1 : 0),
            new NumericDocValuesField(Date, row.DateNumber),
            new NumericDocValuesField(Length, length),
            new SortedDocValuesField(Type, new BytesRef(row.Type)),
            new SortedDocValuesField(Cluster, new BytesRef(row.ClusterId)),
        };
        void Label(string field, string? value)
        {
            if (value is not null)
            {
                document.Add(new SortedDocValuesField(field, new BytesRef(value)));
            }
        }
        Label(Year, row.Year?.ToString(CultureInfo.InvariantCulture));
        Label(Issuer, row.Issuer);
        Label(Number, row.NumberFolded);
        Label(NumberTokens, row.NumberTokens);
        foreach (var kind in row.AwardKindList)
        {
            document.Add(new SortedSetDocValuesField(AwardKind, new BytesRef(kind)));
        }
        return document;
    }

    /// <summary>The words of the text written with diacritics, as <see cref="SearchQuery.AccentedWords"/> are.</summary>
    private static void AddAccented(string text, HashSet<string> accented)
    {
        var composed = text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        // Folding keeps each character's place: the words' bounds are found in the folded text, as the index finds them.
        var folded = VietnameseText.FoldLower(composed);
        foreach (var range in new SearchQuery.TokenRanges(folded))
        {
            var word = composed.AsSpan(range);
            if (!word.SequenceEqual(folded.AsSpan(range)))
            {
                accented.Add(word.ToString());
            }
        }
    }

    /// <summary>Terms made beforehand, each with its position increment.</summary>
    private sealed class TermListStream : TokenStream
    {
        private readonly IReadOnlyList<(string Term, int Increment)> _terms;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public TermListStream(IReadOnlyList<(string Term, int Increment)> terms)
        {
            _terms = terms;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next == _terms.Count)
            {
                return false;
            }
            ClearAttributes();
            var (term, increment) = _terms[_next++];
            _term.SetEmpty().Append(term);
            _increment.PositionIncrement = increment;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}

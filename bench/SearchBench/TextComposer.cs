using System.Globalization;
using System.Text;

namespace SearchBench;

/// <summary>A cluster or bloc as the generator plans it: its members and how its documents are numbered.</summary>
internal sealed record ClusterPlan(
    string Id,
    string Kind,
    int? Number,
    string Name,
    string ShortName,
    string Code,
    string? Sector,
    Province Province,
    string[] Members,
    double Weight)
{
    /// <summary>The leading unit rotates every year; its deputy leads the year after.</summary>
    public string Leader(int year) => Members[(year + Members.Length * 7) % Members.Length];

    public string Deputy(int year) => Leader(year + 1);
}

/// <summary>
/// Fills sentence templates for one item: its cluster, its year and the random choices that make
/// each text different. Every choice comes from the one seeded <see cref="Random"/>.
/// </summary>
internal sealed class TextComposer(Random random, ClusterPlan cluster, int year, DateOnly date)
{
    public ClusterPlan Cluster { get; } = cluster;

    public string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];

    public string Person()
    {
        if (random.Next(200) == 0)
        {
            return Pick(Vocabulary.KnownPeople);
        }
        var female = random.Next(2) == 0;
        return string.Join(' ', Pick(Vocabulary.FamilyNames),
            Pick(female ? Vocabulary.FemaleMiddleNames : Vocabulary.MaleMiddleNames),
            Pick(female ? Vocabulary.FemaleGivenNames : Vocabulary.MaleGivenNames));
    }

    public string Member() => Pick(Cluster.Members);

    public string District() => Pick(Cluster.Province.Districts);

    public string Commune() => Pick(Cluster.Province.Communes);

    /// <summary>A collective below the cluster's members: a commune's police, school, clinic…</summary>
    public string CommuneUnit() => Fill(Pick(Vocabulary.CommuneUnits));

    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year}");

    public static string LongDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}");

    /// <summary>A template with its slots filled (see <see cref="Vocabulary"/> for the slot names).</summary>
    public string Fill(string template)
    {
        var text = new StringBuilder(template.Length + 64);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                text.Append(template, position, template.Length - position);
                break;
            }
            var close = template.IndexOf('}', open);
            text.Append(template, position, open - position);
            text.Append(Slot(template[(open + 1)..close]));
            position = close + 1;
        }
        return text.ToString();
    }

    private string Slot(string name) => name switch
    {
        "C" => Cluster.Name,
        "P" => Cluster.Province.Name,
        "U" => Member(),
        "L" => Cluster.Leader(year),
        "D" => Cluster.Deputy(year),
        "Y" => year.ToString(CultureInfo.InvariantCulture),
        "Y1" => (year + 1).ToString(CultureInfo.InvariantCulture),
        "M" => Pick(Vocabulary.Movements),
        "A" => Pick(Vocabulary.ProvinceAwards),
        "n" => random.Next(2, 40).ToString("00", CultureInfo.InvariantCulture),
        "money" => random.Next(5, 300).ToString(CultureInfo.InvariantCulture),
        "person" => Person(),
        "position" => Pick(Vocabulary.LeaderPositions),
        "district" => District(),
        "commune" => Commune(),
        "date" => Date(date.AddDays(random.Next(-20, 20))),
        "rare" => Pick(Vocabulary.RarePlaces),
        _ => throw new InvalidOperationException($"Unknown slot {{{name}}}."),
    };

    /// <summary>
    /// Markdown paragraphs of sentences drawn from the banks up to about <paramref name="words"/> words,
    /// with the odd rare fact (about one item in a thousand).
    /// </summary>
    public void AppendParagraphs(StringBuilder markdown, int words, params string[][] banks)
    {
        var written = 0;
        var inParagraph = 0;
        while (written < words)
        {
            var sentence = Fill(random.Next(1500) == 0 ? Pick(Vocabulary.RareSentences) : Pick(banks[random.Next(banks.Length)]));
            var count = WordCount(sentence);
            // Stop short rather than run far past the length asked for.
            if (written > 0 && written + count > words + 10)
            {
                break;
            }
            if (inParagraph > 0)
            {
                markdown.Append(' ');
            }
            markdown.Append(sentence);
            written += count;
            if (++inParagraph >= random.Next(3, 6))
            {
                markdown.Append("\n\n");
                inParagraph = 0;
            }
        }
        if (inParagraph > 0)
        {
            markdown.Append("\n\n");
        }
    }

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            count += !isSpace && !inWord ? 1 : 0;
            inWord = !isSpace;
        }
        return count;
    }
}

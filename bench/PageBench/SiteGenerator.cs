using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Text;
using SearchBench;

namespace PageBench;

/// <summary>The generated site: the recipe to import, and what the benchmark needs to know about it.</summary>
internal sealed record GeneratedSite(JsonObject Recipe, string ArticleSlug, string ArticleTitle, int Writeups, int Plans, int AwardDecisions,
    int Clusters, (int Min, double Mean, int Max) BodyWords);

/// <summary>
/// Makes the content the WordPress peer is measured on, in the portal's shape: 2,000 conference write-ups
/// of 400–800 words over 50 clusters and blocs (ten provinces, five each), dated from 2020 to two days ago
/// (at most 2026), plus plans and award decisions so that the documents list has rows under a filter.
/// Everything is published; there are no photos. The sentences come from the search benchmark's phrase
/// bank; the same seed always gives the same site.
/// </summary>
internal sealed class SiteGenerator
{
    public const int ClusterCount = 50;
    private const int ProvinceCount = ClusterCount / 5;
    private const int MinWords = 400;
    private const int MaxWords = 800;

    private static readonly DateOnly FirstDay = new(2020, 1, 1);

    /// <summary>What a write-up is about: its title, the months it happens in, and how its body opens.</summary>
    private sealed record Occasion(string Title, int[] Months, string Opening, string[][] Banks);

    private static readonly Occasion[] Occasions =
    [
        new("{C} tổng kết phong trào thi đua năm {Y}", [12, 1, 2],
            "Ngày {date}, {C} tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm {Y} và triển khai nhiệm vụ năm {Y1}.",
            [Vocabulary.ConferenceSentences, Vocabulary.GeneralSentences, Vocabulary.AchievementSentences]),
        new("{C} sơ kết công tác thi đua 6 tháng đầu năm {Y}", [6, 7, 8],
            "Ngày {date}, {C} tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm {Y}.",
            [Vocabulary.ConferenceSentences, Vocabulary.GeneralSentences]),
        new("{C} ký kết giao ước thi đua năm {Y}", [1, 2, 3, 4],
            "Ngày {date}, tại hội trường {L}, các đơn vị thành viên {C} đã ký kết giao ước thi đua năm {Y}.",
            [Vocabulary.ConferenceSentences, Vocabulary.PlanSentences, Vocabulary.GeneralSentences]),
        new("Kiểm tra chéo công tác thi đua, khen thưởng năm {Y} trong {C}", [9, 10, 11],
            "Từ ngày {date}, đoàn kiểm tra của {C} do {L} chủ trì đã kiểm tra chéo công tác thi đua, khen thưởng năm {Y} tại các đơn vị.",
            [Vocabulary.GeneralSentences, Vocabulary.AchievementSentences]),
        new("{U} đón nhận {A}", [3, 4, 5, 9, 10],
            "Ngày {date}, {U} long trọng tổ chức lễ đón nhận {A} vì đã có thành tích xuất sắc trong phong trào thi đua của {C}.",
            [Vocabulary.AchievementSentences, Vocabulary.ConferenceSentences, Vocabulary.GeneralSentences]),
        new("{C} phát động phong trào thi đua “{M}”", [1, 2, 3, 5, 8],
            "Ngày {date}, {C} phát động phong trào thi đua “{M}” tới toàn thể cán bộ, công chức, viên chức và người lao động.",
            [Vocabulary.PlanSentences, Vocabulary.GeneralSentences, Vocabulary.ConferenceSentences]),
    ];

    private static readonly string[] Sections =
    [
        "Kết quả nổi bật", "Những cách làm hay", "Tồn tại, hạn chế", "Ý kiến tham luận", "Khen thưởng", "Bài học kinh nghiệm",
    ];

    private readonly Random _random;
    private readonly DateOnly _lastDay;
    private readonly List<ClusterPlan> _clusters;

    public SiteGenerator(int seed, DateOnly today)
    {
        _random = new Random(seed);
        // Two days back, so that no item is entered or published later than now.
        var last = today.AddDays(-2);
        _lastDay = last.Year > 2026 ? new DateOnly(2026, 12, 31) : last;
        _clusters = MakeClusters();
    }

    public GeneratedSite Generate(int writeups, int plans, int awardDecisions)
    {
        // Write-ups are numbered in date order, as the peer inserts its posts, so the middle one is also the middle in time.
        var dates = Enumerable.Range(0, writeups).Select(_ => (Occasion: Occasions[_random.Next(Occasions.Length)], Cluster: _clusters[_random.Next(_clusters.Count)]))
            .Select(pick => (pick.Occasion, pick.Cluster, Date: PickDate(pick.Occasion.Months)))
            .OrderBy(w => w.Date).ToList();
        var items = new JsonArray();
        var words = new List<int>();
        string articleSlug = "", articleTitle = "";
        for (var i = 0; i < dates.Count; i++)
        {
            var (item, bodyWords) = Writeup(string.Create(CultureInfo.InvariantCulture, $"tin-{i + 1:0000}"), dates[i].Occasion, dates[i].Cluster, dates[i].Date);
            words.Add(bodyWords);
            if (i == dates.Count / 2)
            {
                articleSlug = (string)item["slug"]!;
                articleTitle = (string)item["title"]!;
            }
            items.Add(item);
        }
        for (var i = 0; i < plans; i++)
        {
            items.Add(Plan(string.Create(CultureInfo.InvariantCulture, $"kh-{i + 1:0000}")));
        }
        for (var i = 0; i < awardDecisions; i++)
        {
            items.Add(AwardDecision(string.Create(CultureInfo.InvariantCulture, $"qd-{i + 1:0000}")));
        }

        var recipe = new JsonObject
        {
            ["name"] = "page-bench",
            ["displayName"] = "Page benchmark",
            ["description"] = "Generated for bench/PageBench: conference write-ups, plans and award decisions over 50 clusters and blocs.",
            ["steps"] = new JsonArray(UnitsStep(), ClustersStep(), new JsonObject { ["name"] = "Content", ["items"] = items }),
        };
        return new GeneratedSite(recipe, articleSlug, articleTitle, writeups, plans, awardDecisions, _clusters.Count,
            (words.Min(), words.Average(), words.Max()));
    }

    /// <summary>Ten provinces with five each: communes, associations and statistics clusters, and two blocs.</summary>
    private List<ClusterPlan> MakeClusters()
    {
        var clusters = new List<ClusterPlan>();
        foreach (var province in Vocabulary.Provinces.Take(ProvinceCount))
        {
            var numbers = Enumerable.Range(1, 30).OrderBy(_ => _random.Next()).Take(3).Order().ToArray();
            string[] Named(IEnumerable<string> templates, int count) =>
                templates.OrderBy(_ => _random.Next()).Take(count).Select(t => t.Replace("{P}", province.Name, StringComparison.Ordinal)).ToArray();
            (int? Number, string Kind, string Name, string ShortName, string Code, string? Sector, string[] Members)[] plans =
            [
                (numbers[0], "Cluster", $"Cụm thi đua số {numbers[0]} tỉnh {province.Name}", $"Cụm thi đua số {numbers[0]}", $"CTĐ{numbers[0]}", null,
                    province.Communes.OrderBy(_ => _random.Next()).Take(_random.Next(6, 10)).Select(c => $"UBND xã {c}").ToArray()),
                (numbers[1], "Cluster", $"Cụm thi đua số {numbers[1]} tỉnh {province.Name}", $"Cụm thi đua số {numbers[1]}", $"CTĐ{numbers[1]}", "Hội đặc thù",
                    Named(Vocabulary.Associations, _random.Next(6, 10))),
                (numbers[2], "Cluster", $"Cụm thi đua số {numbers[2]} – Thống kê tỉnh {province.Name}", $"Cụm thi đua số {numbers[2]}", $"CTĐ{numbers[2]}", "Thống kê",
                    province.Districts.Take(_random.Next(5, 8)).Select(d => $"Thống kê cơ sở {d}").ToArray()),
                (null, "Bloc", $"Khối thi đua Nội chính – Lực lượng vũ trang tỉnh {province.Name}", "Khối thi đua Nội chính", "KTĐNC", "Nội chính",
                    Named(Vocabulary.InternalAffairs, Vocabulary.InternalAffairs.Length)),
                (null, "Bloc", $"Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh {province.Name}", "Khối thi đua Đảng, đoàn thể", "KTĐĐT", "Đoàn thể",
                    Named(Vocabulary.MassOrganizations, Vocabulary.MassOrganizations.Length)),
            ];
            clusters.AddRange(plans.Select(p => new ClusterPlan(Slug.From(p.Name, 80), p.Kind, p.Number, p.Name, p.ShortName, p.Code, p.Sector,
                province, p.Members, Weight: 1)));
        }
        return clusters;
    }

    /// <summary>A unit's id: its name with the province, as the same commune name occurs in several provinces.</summary>
    private static string UnitId(string member, Province province) => Slug.From($"{member} {province.Name}", 90);

    private JsonObject UnitsStep()
    {
        var units = _clusters.SelectMany(c => c.Members.Select(m => (Id: UnitId(m, c.Province), Name: m, Province: c.Province.Name)))
            .DistinctBy(u => u.Id)
            .Select(u => (JsonNode)new JsonObject { ["id"] = u.Id, ["name"] = u.Name, ["province"] = u.Province });
        return new JsonObject { ["name"] = "Units", ["units"] = new JsonArray(units.ToArray()) };
    }

    private JsonObject ClustersStep()
    {
        var clusters = _clusters.Select(c =>
        {
            var terms = new[] { _lastDay.Year - 1, _lastDay.Year }.Select(year => (JsonNode)new JsonObject
            {
                ["year"] = year,
                ["leader"] = UnitId(c.Leader(year), c.Province),
                ["deputy"] = UnitId(c.Deputy(year), c.Province),
                ["members"] = new JsonArray(c.Members.Select(m => (JsonNode)UnitId(m, c.Province)).ToArray()),
            });
            return (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["kind"] = c.Kind,
                ["number"] = c.Number,
                ["name"] = c.Name,
                ["province"] = c.Province.Name,
                ["sector"] = c.Sector,
                ["reviewRequired"] = c.Kind == "Bloc",
                ["terms"] = new JsonArray(terms.ToArray()),
            };
        });
        return new JsonObject { ["name"] = "Clusters", ["clusters"] = new JsonArray(clusters.ToArray()) };
    }

    private DateOnly PickDate(int[]? months = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var date = FirstDay.AddDays(_random.Next(_lastDay.DayNumber - FirstDay.DayNumber + 1));
            if (months is null || months.Contains(date.Month) || attempt >= 50)
            {
                return date;
            }
        }
    }

    /// <summary>The emulation year a text is about: a year-end review held in January or February is about the year before.</summary>
    private static int YearOf(DateOnly date) => date.Month <= 2 ? date.Year - 1 : date.Year;

    private (JsonObject Item, int Words) Writeup(string id, Occasion occasion, ClusterPlan cluster, DateOnly date)
    {
        var year = occasion.Months.Contains(12) ? YearOf(date) : date.Year;
        var text = new TextComposer(_random, cluster, year, date);
        var target = _random.Next(MinWords + 20, MaxWords - 40);
        var body = new StringBuilder();
        // The title and the opening name the same unit, award, movement and day.
        var unit = text.Member();
        var award = text.Pick(Vocabulary.ProvinceAwards);
        var movement = text.Pick(Vocabulary.Movements);
        string Told(string template) => text.Fill(template.Replace("{U}", unit, StringComparison.Ordinal)
            .Replace("{A}", award, StringComparison.Ordinal).Replace("{M}", movement, StringComparison.Ordinal)
            .Replace("{date}", TextComposer.Date(date), StringComparison.Ordinal));
        body.Append(Told(occasion.Opening)).Append(' ');
        text.AppendParagraphs(body, target / 4, occasion.Banks);
        var sections = Sections.OrderBy(_ => _random.Next()).Take(_random.Next(2, 4)).ToList();
        for (var left = sections.Count; left > 0; left--)
        {
            body.Append("## ").Append(sections[^left]).Append("\n\n");
            if (_random.Next(3) == 0 && target - TextComposer.WordCount(body.ToString()) > 120)
            {
                for (var i = _random.Next(3, 6); i > 0; i--)
                {
                    body.Append("- ").Append(text.Fill(text.Pick(Vocabulary.AchievementSentences))).Append('\n');
                }
                body.Append('\n');
            }
            // Each section takes its share of what the body still lacks; the filler may run ten words over.
            text.AppendParagraphs(body, Math.Max(15, (target - TextComposer.WordCount(body.ToString())) / left), occasion.Banks);
        }
        // Topped up to the least length; the filler stops short of the target rather than past it, so the most holds.
        while (TextComposer.WordCount(body.ToString()) < MinWords)
        {
            text.AppendParagraphs(body, MinWords - TextComposer.WordCount(body.ToString()) + 5, Vocabulary.GeneralSentences);
        }
        var markdown = body.ToString().TrimEnd();
        var words = TextComposer.WordCount(markdown);
        if (words > MaxWords)
        {
            throw new InvalidOperationException($"Write-up {id} has {words} words, more than {MaxWords}.");
        }
        var title = Told(occasion.Title);
        var location = _random.Next(2) == 0 ? $"Hội trường {cluster.Leader(year)}" : $"huyện {text.District()}, tỉnh {cluster.Province.Name}";
        var item = Item("Conference", id, cluster, title, date);
        item["date"] = Iso(date);
        item["location"] = location;
        item["body"] = markdown;
        return (item, words);
    }

    private JsonObject Plan(string id)
    {
        var cluster = _clusters[_random.Next(_clusters.Count)];
        var issuedOn = PickDate();
        var year = issuedOn.Month >= 11 ? issuedOn.Year + 1 : issuedOn.Year;
        var text = new TextComposer(_random, cluster, year, issuedOn);
        var subject = text.Fill(text.Pick(new[]
        {
            "tổ chức phong trào thi đua năm {Y} của {C}", "tổng kết công tác thi đua, khen thưởng năm {Y} của {C}",
            "ký kết giao ước thi đua năm {Y} giữa các đơn vị trong {C}", "kiểm tra chéo công tác thi đua năm {Y} trong {C}",
        }));
        var body = new StringBuilder();
        body.Append("## I. Mục đích, yêu cầu\n\n");
        text.AppendParagraphs(body, _random.Next(80, 160), Vocabulary.PlanSentences);
        body.Append("## II. Nội dung\n\n");
        text.AppendParagraphs(body, _random.Next(80, 160), Vocabulary.PlanSentences, Vocabulary.GeneralSentences);
        body.Append("## III. Tổ chức thực hiện\n\n");
        text.AppendParagraphs(body, _random.Next(40, 100), Vocabulary.PlanSentences);
        var item = Item("Plan", id, cluster, $"Kế hoạch {subject}", issuedOn);
        AddOfficialFields(item, text, cluster, issuedOn, $"{Serial(issuedOn)}/KH-{cluster.Code}", cluster.Name, char.ToUpperInvariant(subject[0]) + subject[1..],
            body, $"{(cluster.Kind == "Bloc" ? "Khối trưởng" : "Cụm trưởng")} {cluster.ShortName}");
        item["milestones"] = new JsonArray(Vocabulary.Milestones.Where(_ => _random.Next(3) > 0)
            .Select((m, i) => (JsonNode)new JsonObject { ["due"] = Iso(issuedOn.AddDays(15 + i * 40)), ["text"] = text.Fill(m) }).ToArray());
        return item;
    }

    private JsonObject AwardDecision(string id)
    {
        var cluster = _clusters[_random.Next(_clusters.Count)];
        var issuedOn = PickDate([1, 2, 3, 4, 5, 9, 10]);
        var year = issuedOn.Month <= 5 ? issuedOn.Year - 1 : issuedOn.Year;
        var text = new TextComposer(_random, cluster, year, issuedOn);
        var awards = Enumerable.Range(0, _random.Next(3, 13)).Select(_ =>
        {
            var individual = _random.Next(2) == 0;
            var unit = text.Member();
            return new JsonObject
            {
                ["kind"] = text.Pick(Vocabulary.ProvinceAwards),
                ["recipientType"] = individual ? "Individual" : "Collective",
                ["recipient"] = individual ? text.Person() : unit,
                ["unit"] = unit,
            };
        }).ToList();
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"**Điều 1.** Khen thưởng {awards.Count} tập thể, cá nhân thuộc {cluster.Name} có thành tích xuất sắc trong phong trào thi đua năm {year} (danh sách kèm theo).\n\n");
        body.Append("**Điều 2.** Mức tiền thưởng thực hiện theo quy định hiện hành về thi đua, khen thưởng.\n\n");
        body.Append("**Điều 3.** Quyết định này có hiệu lực từ ngày ký; các cơ quan, đơn vị và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành.\n\n");
        body.Append("## Thành tích\n\n");
        text.AppendParagraphs(body, _random.Next(60, 140), Vocabulary.AchievementSentences);
        var item = Item("AwardDecision", id, cluster, $"Quyết định khen thưởng {cluster.Name} năm {year}", issuedOn);
        AddOfficialFields(item, text, cluster, issuedOn, $"{Serial(issuedOn)}/QĐ-UBND", $"Ủy ban nhân dân tỉnh {cluster.Province.Name}",
            $"Về việc khen thưởng các tập thể, cá nhân thuộc {cluster.Name} năm {year}", body, "Phó Chủ tịch Ủy ban nhân dân tỉnh");
        item["year"] = year;
        item["awards"] = new JsonArray(awards.Select(a => (JsonNode)a).ToArray());
        return item;
    }

    private void AddOfficialFields(JsonObject item, TextComposer text, ClusterPlan cluster, DateOnly issuedOn, string number, string issuer, string summary,
        StringBuilder body, string signerPosition)
    {
        item["number"] = number;
        item["issuedOn"] = Iso(issuedOn);
        item["issuer"] = issuer;
        item["summary"] = summary;
        item["body"] = body.ToString().TrimEnd();
        item["legalBases"] = new JsonArray("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            $"Kế hoạch công tác thi đua, khen thưởng năm {issuedOn.Year} của Ủy ban nhân dân tỉnh {cluster.Province.Name}");
        item["signer"] = new JsonObject { ["name"] = text.Person(), ["position"] = signerPosition };
        item["recipients"] = new JsonArray("Như Điều 3", $"Các đơn vị trong {cluster.ShortName}", "Lưu: VT");
    }

    /// <summary>The fields every item has: published two hours after it was entered, the day after it happened.</summary>
    private static JsonObject Item(string type, string id, ClusterPlan cluster, string title, DateOnly date)
    {
        var created = date.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc).AddDays(1);
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["cluster"] = cluster.Id,
            ["title"] = title,
            ["slug"] = $"{Slug.From(title, 80)}-{id}",
            ["status"] = "Published",
            ["author"] = "admin",
            ["created"] = Timestamp(created),
            ["modified"] = Timestamp(created.AddHours(1)),
            ["published"] = Timestamp(created.AddHours(2)),
        };
    }

    private string Serial(DateOnly date) => (date.DayOfYear * 4 + _random.Next(4) + 1).ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

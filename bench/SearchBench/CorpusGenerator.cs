using EmulationPortal.Core.Awards;
using System.Globalization;
using System.Text;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Text;
using EmulationPortal.Documents.Models;
using EmulationPortal.News.Models;

namespace SearchBench;

/// <summary>One generated content item, before it is written as a row.</summary>
internal sealed record GeneratedItem(string Id, string Type, ClusterPlan Cluster, string Title, DateOnly Date, ContentData Data);

/// <summary>
/// Makes ~60 clusters over twelve provinces, then official documents (plans, award decisions with
/// their awards, other documents) and conference write-ups in Vietnamese, 2018 to October 2026. The
/// same seed always gives the same corpus.
/// </summary>
internal sealed class CorpusGenerator
{
    private const int FirstYear = 2018;
    private const int LastYear = 2026;
    private const int LastMonthOfLastYear = 10;

    private static readonly DateOnly Before2024 = new(2024, 1, 1);

    private readonly Random _random;
    private readonly double[] _cumulativeWeights;

    public CorpusGenerator(int seed)
    {
        _random = new Random(seed);
        Clusters = MakeClusters();
        _cumulativeWeights = new double[Clusters.Count];
        var sum = 0.0;
        for (var i = 0; i < Clusters.Count; i++)
        {
            sum += Clusters[i].Weight;
            _cumulativeWeights[i] = sum;
        }
    }

    public IReadOnlyList<ClusterPlan> Clusters { get; }

    private List<ClusterPlan> MakeClusters()
    {
        var clusters = new List<ClusterPlan>();
        foreach (var province in Vocabulary.Provinces)
        {
            var slug = Slug.From(province.Name);
            // The provinces of the seed texts keep their real cluster numbers (11 and 12 in Thanh Hóa, 42 in Nghệ An).
            var numbers = Enumerable.Range(1, 45).Where(n => n is not (11 or 12 or 42)).OrderBy(_ => _random.Next()).Take(3).ToArray();
            var (communes, associations, statistics) = province.Name switch
            {
                "Thanh Hóa" => (12, 11, numbers[2]),
                "Nghệ An" => (numbers[0], numbers[1], 42),
                _ => (numbers[0], numbers[1], numbers[2]),
            };
            // The portal's first provinces publish the most.
            var activity = province.Name is "Thanh Hóa" or "Nghệ An" ? 2.0 : 1.0;
            double Weight() => activity * (0.5 + _random.NextDouble() * 1.5);
            string[] Units(IEnumerable<string> names) => names.Select(n => n.Replace("{P}", province.Name, StringComparison.Ordinal)).ToArray();

            clusters.Add(new ClusterPlan($"cum-{communes}-{slug}", "Cluster", communes, $"Cụm thi đua số {communes} tỉnh {province.Name}",
                $"Cụm thi đua số {communes}", $"CTĐ{communes}", null, province,
                province.Communes.OrderBy(_ => _random.Next()).Take(_random.Next(6, 10)).Select(c => $"UBND xã {c}").ToArray(), Weight()));
            clusters.Add(new ClusterPlan($"cum-{associations}-{slug}", "Cluster", associations, $"Cụm thi đua số {associations} tỉnh {province.Name}",
                $"Cụm thi đua số {associations}", $"CTĐ{associations}", "Hội đặc thù", province,
                Units(Vocabulary.Associations.OrderBy(_ => _random.Next()).Take(_random.Next(7, 12))), Weight()));
            clusters.Add(new ClusterPlan($"cum-{statistics}-thong-ke-{slug}", "Cluster", statistics,
                $"Cụm thi đua số {statistics} – Thống kê tỉnh {province.Name}", $"Cụm thi đua số {statistics}", $"CTĐ{statistics}", "Thống kê", province,
                province.Districts.Take(_random.Next(5, 8)).Select(d => $"Thống kê cơ sở {d}").ToArray(), Weight()));
            clusters.Add(new ClusterPlan($"khoi-noi-chinh-llvt-{slug}", "Bloc", null, $"Khối thi đua Nội chính – Lực lượng vũ trang tỉnh {province.Name}",
                "Khối thi đua Nội chính – Lực lượng vũ trang", "KTĐNC", "Nội chính", province, Units(Vocabulary.InternalAffairs), Weight()));
            clusters.Add(new ClusterPlan($"khoi-dang-doan-the-{slug}", "Bloc", null,
                $"Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh {province.Name}",
                "Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể", "KTĐĐT", "Đoàn thể", province, Units(Vocabulary.MassOrganizations), Weight()));
        }
        return clusters;
    }

    private ClusterPlan PickCluster()
    {
        var index = Array.BinarySearch(_cumulativeWeights, _random.NextDouble() * _cumulativeWeights[^1]);
        return Clusters[index < 0 ? ~index : index];
    }

    private DateOnly PickDate(params int[] months)
    {
        var year = _random.Next(FirstYear, LastYear + 1);
        var allowed = year == LastYear ? months.Where(m => m <= LastMonthOfLastYear).ToArray() : months;
        if (allowed.Length == 0)
        {
            (year, allowed) = (year - 1, months);
        }
        return new DateOnly(year, allowed[_random.Next(allowed.Length)], _random.Next(1, 29));
    }

    private static readonly int[] AnyMonth = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    /// <summary>The official documents: about a quarter plans, two fifths award decisions, the rest other documents.</summary>
    public IEnumerable<GeneratedItem> Documents(int count)
    {
        var anchors = Anchors().Take(count).ToList();
        foreach (var anchor in anchors)
        {
            yield return anchor;
        }
        for (var i = anchors.Count; i < count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"vb-{i + 1:000000}");
            var roll = _random.Next(100);
            yield return roll < 25 ? Plan(id) : roll < 65 ? AwardDecision(id) : Document(id);
        }
    }

    /// <summary>
    /// Thanh Hóa's documents named in the seed texts, one item each, so that searching their numbers has an
    /// exact match to put first (generated documents may share a number from another year or province).
    /// </summary>
    private IEnumerable<GeneratedItem> Anchors()
    {
        var thanhHoa = Clusters.Single(c => c.Id == "cum-11-thanh-hoa");
        var cluster12 = Clusters.Single(c => c.Id == "cum-12-thanh-hoa");
        yield return Anchor("vb-000001", thanhHoa, new DocumentData(), "1197/QĐ-UBND", new DateOnly(2024, 3, 27), "Ủy ban nhân dân tỉnh Thanh Hóa",
            "Quyết định số 1197/QĐ-UBND về việc thành lập các cụm, khối thi đua thuộc tỉnh Thanh Hóa", "Về việc thành lập các cụm, khối thi đua thuộc tỉnh");
        yield return Anchor("vb-000002", thanhHoa, new DocumentData(), "68/2024/QĐ-UBND", new DateOnly(2024, 10, 29), "Ủy ban nhân dân tỉnh Thanh Hóa",
            "Quyết định số 68/2024/QĐ-UBND ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Thanh Hóa",
            "Ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Thanh Hóa");
        yield return Anchor("vb-000003", thanhHoa, new DocumentData(), "937/HD-SNV", new DateOnly(2024, 11, 14), "Sở Nội vụ tỉnh Thanh Hóa",
            "Hướng dẫn tổ chức hoạt động của các cụm, khối thi đua trên địa bàn tỉnh Thanh Hóa",
            "Hướng dẫn tổ chức hoạt động của các cụm, khối thi đua trên địa bàn tỉnh và việc đề nghị tặng Cờ thi đua");
        yield return Anchor("vb-000004", cluster12, new DocumentData(), "20/TB-HĐTĐKT", new DateOnly(2025, 10, 8), "Hội đồng Thi đua – Khen thưởng tỉnh Thanh Hóa",
            "Thông báo chia lại các cụm thi đua xã, phường và đơn vị Cụm trưởng, Cụm phó năm 2025",
            "Về việc chia lại các cụm thi đua xã, phường và đơn vị Cụm trưởng, Cụm phó năm 2025");
        yield return Anchor("vb-000005", cluster12, new PlanData(), "05/KH-CTĐ12", new DateOnly(2025, 12, 8), "Cụm thi đua số 12 tỉnh Thanh Hóa",
            "Kế hoạch tổng kết hoạt động của Cụm thi đua số 12 tỉnh Thanh Hóa năm 2025", "Tổng kết hoạt động của Cụm thi đua số 12 tỉnh Thanh Hóa năm 2025");
    }

    private GeneratedItem Anchor(string id, ClusterPlan cluster, OfficialDocumentData data, string number, DateOnly issuedOn, string issuer,
        string title, string summary)
    {
        var text = new TextComposer(_random, cluster, issuedOn.Year, issuedOn);
        var body = new StringBuilder();
        text.AppendParagraphs(body, BodyWords(), Vocabulary.GeneralSentences, Vocabulary.PlanSentences);
        data.Number = number;
        data.IssuedOn = issuedOn;
        data.Issuer = issuer;
        data.Summary = summary;
        data.Body = body.ToString().TrimEnd();
        data.LegalBases = LegalBases(text, issuedOn);
        data.Signer = issuer.StartsWith("Cụm", StringComparison.Ordinal) ? ClusterSigner(text, issuedOn.Year) : new Signer
        {
            Name = text.Person(),
            Position = issuer.StartsWith("Sở", StringComparison.Ordinal) ? "Giám đốc Sở Nội vụ"
                : issuer.StartsWith("Hội đồng", StringComparison.Ordinal) ? "Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh"
                : "Chủ tịch Ủy ban nhân dân tỉnh",
        };
        data.Recipients = Recipients(cluster);
        return new GeneratedItem(id, data is PlanData ? "Plan" : "Document", cluster, title, issuedOn, data);
    }

    public IEnumerable<GeneratedItem> Writeups(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Conference(string.Create(CultureInfo.InvariantCulture, $"hn-{i + 1:00000}"));
        }
    }

    private int BodyWords() => _random.Next(165, 591);

    /// <summary>A share of the words a body still lacks (at least a few sentences' worth), for its next section.</summary>
    private static int Remaining(StringBuilder body, int words, int parts) =>
        Math.Max(40, (words - TextComposer.WordCount(body.ToString())) / parts);

    private string Serial(DateOnly date, int perDay) =>
        (date.DayOfYear * perDay + _random.Next(perDay) + 1).ToString(CultureInfo.InvariantCulture);

    private string SmallSerial(DateOnly date) =>
        (date.Month * 2 - 1 + _random.Next(2)).ToString("00", CultureInfo.InvariantCulture);

    private List<string> LegalBases(TextComposer text, DateOnly issuedOn)
    {
        var bases = new List<string>((issuedOn < Before2024 ? Vocabulary.LegalBasesBefore2024 : Vocabulary.LegalBasesFrom2024)
            .Where(_ => _random.Next(3) > 0));
        if (issuedOn > new DateOnly(2024, 12, 26) && _random.Next(3) > 0)
        {
            bases.Add(Vocabulary.Directive41);
        }
        if (text.Cluster.Province.Name == "Thanh Hóa")
        {
            // Each text is cited only once it exists.
            DateOnly[] issued = [new(2024, 3, 27), new(2024, 10, 29), new(2024, 11, 14), new(2025, 10, 8)];
            bases.AddRange(Vocabulary.ThanhHoaLegalBases.Where((_, i) => issued[i] < issuedOn && _random.Next(2) == 0));
        }
        if (_random.Next(3) == 0)
        {
            var plan = issuedOn.AddDays(-_random.Next(30, 200));
            bases.Add($"Kế hoạch số {Serial(plan, 11)}/KH-UBND {TextComposer.LongDate(plan)} của Ủy ban nhân dân tỉnh {text.Cluster.Province.Name} về tổ chức phong trào thi đua năm {issuedOn.Year}");
        }
        return bases;
    }

    private Signer ClusterSigner(TextComposer text, int year) => new()
    {
        Name = text.Person(),
        Position = $"{text.Pick(Vocabulary.LeaderPositions)} {text.Cluster.Leader(year)} – {(text.Cluster.Kind == "Bloc" ? "Khối trưởng" : "Cụm trưởng")} {text.Cluster.ShortName}",
    };

    private List<string> Recipients(ClusterPlan cluster) =>
        ["Như Điều 3", $"Các đơn vị trong {cluster.ShortName}", $"Sở Nội vụ tỉnh {cluster.Province.Name} (để báo cáo)", "Lưu: VT, TĐKT"];

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private GeneratedItem Plan(string id)
    {
        var cluster = PickCluster();
        var issuedOn = PickDate(AnyMonth);
        // A plan written late in the year is for the year after.
        var year = issuedOn.Month >= 11 ? issuedOn.Year + 1 : issuedOn.Year;
        var text = new TextComposer(_random, cluster, year, issuedOn);
        var byProvince = _random.Next(6) == 0;
        var subject = byProvince
            ? $"phát động phong trào thi đua “{text.Pick(Vocabulary.Movements)}” năm {year} trên địa bàn tỉnh {cluster.Province.Name}"
            : text.Fill(text.Pick(new[]
            {
                "hoạt động năm {Y} của {C}", "tổng kết phong trào thi đua năm {Y} của {C}", "tổ chức ký kết giao ước thi đua năm {Y} của {C}",
                "kiểm tra chéo công tác thi đua, khen thưởng năm {Y} trong {C}", "sơ kết 6 tháng đầu năm {Y} của {C}",
            }));
        var (issuer, number) = byProvince
            ? _random.Next(2) == 0
                ? ($"Ủy ban nhân dân tỉnh {cluster.Province.Name}", $"{Serial(issuedOn, 11)}/KH-UBND")
                : ($"Sở Nội vụ tỉnh {cluster.Province.Name}", $"{Serial(issuedOn, 3)}/KH-SNV")
            : (cluster.Name, $"{SmallSerial(issuedOn)}/KH-{cluster.Code}");

        var words = BodyWords();
        var body = new StringBuilder();
        body.Append(byProvince ? issuer : cluster.ShortName).Append(" ban hành Kế hoạch ").Append(subject).Append(" với các nội dung sau.\n\n");
        body.Append("## I. Mục đích, yêu cầu\n\n");
        text.AppendParagraphs(body, words * 2 / 5, Vocabulary.PlanSentences, Vocabulary.GeneralSentences);
        body.Append("## II. Nội dung thi đua\n\n");
        for (var i = _random.Next(3, 6); i > 0; i--)
        {
            body.Append("- ").Append(text.Fill(text.Pick(Vocabulary.PlanSentences))).Append('\n');
        }
        body.Append('\n');
        text.AppendParagraphs(body, Remaining(body, words, parts: 2), Vocabulary.GeneralSentences);
        body.Append("## III. Tổ chức thực hiện\n\n");
        text.AppendParagraphs(body, Remaining(body, words, parts: 1), Vocabulary.PlanSentences);

        var milestones = Vocabulary.Milestones.Where(_ => _random.Next(3) > 0)
            .Select((m, i) => new Milestone { Due = issuedOn.AddDays(20 + i * 45 + _random.Next(20)), Text = text.Fill(m) }).ToList();
        var data = new PlanData
        {
            Number = number,
            IssuedOn = issuedOn,
            Issuer = issuer,
            Summary = Capitalized(subject),
            Body = body.ToString().TrimEnd(),
            LegalBases = LegalBases(text, issuedOn),
            Signer = !byProvince ? ClusterSigner(text, year)
                : new Signer { Name = text.Person(), Position = issuer.StartsWith("Sở", StringComparison.Ordinal) ? "Giám đốc Sở Nội vụ" : "Phó Chủ tịch Ủy ban nhân dân tỉnh" },
            Recipients = Recipients(cluster),
            Milestones = milestones,
        };
        return new GeneratedItem(id, "Plan", cluster, $"Kế hoạch {subject}", issuedOn, data);
    }

    private GeneratedItem AwardDecision(string id)
    {
        var cluster = PickCluster();
        var issuedOn = PickDate(AnyMonth);
        // Year-end awards are decided in the first months of the year after.
        var year = issuedOn.Month <= 4 && _random.Next(4) > 0 ? issuedOn.Year - 1 : issuedOn.Year;
        var text = new TextComposer(_random, cluster, year, issuedOn);
        var province = cluster.Province.Name;
        var abbreviated = _random.Next(4) == 0;
        var roll = _random.Next(100);
        string issuer, number, title;
        string[] kinds;
        Signer signer;
        if (roll < 55)
        {
            issuer = abbreviated ? $"UBND tỉnh {province}" : $"Ủy ban nhân dân tỉnh {province}";
            number = $"{Serial(issuedOn, 11)}/QĐ-UBND";
            kinds = abbreviated ? Vocabulary.ProvinceAwardsAbbreviated : Vocabulary.ProvinceAwards;
            signer = new Signer { Name = text.Person(), Position = _random.Next(3) == 0 ? "Chủ tịch Ủy ban nhân dân tỉnh" : "Phó Chủ tịch Ủy ban nhân dân tỉnh" };
            title = _random.Next(2) == 0 ? $"Quyết định khen thưởng {cluster.Name} năm {year}" : $"Quyết định về việc tặng {text.Pick(kinds)} năm {year}";
        }
        else if (roll < 65)
        {
            issuer = "Thủ tướng Chính phủ";
            number = $"{Serial(issuedOn, 6)}/QĐ-TTg";
            kinds = Vocabulary.GovernmentAwards;
            signer = new Signer { Name = text.Person(), Position = "Phó Thủ tướng" };
            title = $"Quyết định tặng {text.Pick(kinds)} cho các tập thể, cá nhân thuộc tỉnh {province}";
        }
        else if (roll < 70)
        {
            issuer = "Chủ tịch nước";
            number = $"{Serial(issuedOn, 5)}/QĐ-CTN";
            kinds = Vocabulary.StateOrders;
            signer = new Signer { Name = text.Person(), Position = "Phó Chủ tịch nước" };
            title = $"Quyết định tặng thưởng {text.Pick(kinds)} cho các tập thể, cá nhân tỉnh {province}";
        }
        else if (roll < 85)
        {
            var district = text.District();
            issuer = $"Ủy ban nhân dân huyện {district}";
            number = $"{Serial(issuedOn, 8)}/QĐ-UBND";
            kinds = Vocabulary.DistrictAwards;
            signer = new Signer { Name = text.Person(), Position = $"Chủ tịch Ủy ban nhân dân huyện {district}" };
            title = $"Quyết định khen thưởng các tập thể, cá nhân có thành tích trong phong trào thi đua năm {year} của huyện {district}";
        }
        else
        {
            var statistics = cluster.Sector == "Thống kê";
            var head = statistics ? $"Thống kê tỉnh {province}" : cluster.Leader(year);
            issuer = head;
            number = $"{SmallSerial(issuedOn)}/QĐ-{(statistics ? $"TK{cluster.Province.Abbreviation}" : Initials(head, cluster))}";
            kinds = Vocabulary.AgencyAwards;
            signer = new Signer { Name = text.Person(), Position = $"Thủ trưởng {head}" };
            title = $"Quyết định công nhận danh hiệu thi đua năm {year} của {cluster.Name}";
        }

        var awards = new List<Award>();
        for (var i = _random.Next(3, 16); i > 0; i--)
        {
            var kind = text.Pick(kinds);
            var individual = kind.StartsWith("Chiến sĩ", StringComparison.Ordinal) || kind == "Lao động tiên tiến"
                || (!kind.StartsWith("Cờ", StringComparison.Ordinal) && !kind.StartsWith("Tập thể", StringComparison.Ordinal) && _random.Next(2) == 0);
            var unit = _random.Next(3) == 0 ? text.CommuneUnit() : text.Member();
            awards.Add(new Award
            {
                Kind = kind,
                RecipientType = individual ? RecipientType.Individual : RecipientType.Collective,
                Recipient = individual ? text.Person() : unit,
                Unit = unit,
            });
        }
        var kindsGiven = awards.Select(a => a.Kind).Distinct().ToList();
        var collectives = awards.Count(a => a.RecipientType == RecipientType.Collective);
        var summary = $"Về việc tặng {string.Join(", ", kindsGiven)} cho các tập thể, cá nhân thuộc {cluster.Name} đã có thành tích xuất sắc năm {year}";

        var body = new StringBuilder();
        var proposal = issuedOn.AddDays(-_random.Next(5, 30));
        body.Append(CultureInfo.InvariantCulture, $"Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số {Serial(proposal, 3)}/TTr-SNV ngày {TextComposer.Date(proposal)}.\n\n");
        body.Append(CultureInfo.InvariantCulture,
            $"**Điều 1.** Tặng {string.Join(" và ", kindsGiven)} cho {collectives:00} tập thể và {awards.Count - collectives:00} cá nhân thuộc {cluster.Name} đã có thành tích xuất sắc trong phong trào thi đua năm {year} (có danh sách kèm theo).\n\n");
        body.Append(issuedOn < Before2024
            ? "**Điều 2.** Tiền thưởng kèm theo thực hiện theo quy định tại Nghị định số 91/2017/NĐ-CP, chi từ quỹ thi đua, khen thưởng.\n\n"
            : "**Điều 2.** Tiền thưởng kèm theo thực hiện theo quy định tại Nghị định số 98/2023/NĐ-CP, chi từ quỹ thi đua, khen thưởng.\n\n");
        body.Append("**Điều 3.** Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng, Giám đốc Sở Nội vụ, thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.\n\n");
        body.Append("## Danh sách kèm theo\n\n");
        for (var i = 0; i < awards.Count; i++)
        {
            var award = awards[i];
            body.Append(CultureInfo.InvariantCulture, $"{i + 1}. {award.Recipient}{(award.RecipientType == RecipientType.Individual ? $", {award.Unit}" : "")} – {award.Kind}\n");
        }
        body.Append("\n## Tóm tắt thành tích\n\n");
        text.AppendParagraphs(body, Remaining(body, BodyWords(), parts: 1), Vocabulary.AchievementSentences, Vocabulary.GeneralSentences);

        var data = new AwardDecisionData
        {
            Number = number,
            IssuedOn = issuedOn,
            Issuer = issuer,
            Summary = summary,
            Body = body.ToString().TrimEnd(),
            LegalBases = LegalBases(text, issuedOn),
            Signer = signer,
            Recipients = Recipients(cluster),
            Year = year,
            Awards = awards,
        };
        return new GeneratedItem(id, "AwardDecision", cluster, title, issuedOn, data);
    }

    /// <summary>The issuer part of a unit's document numbers: "Tòa án nhân dân tỉnh X" → "TAND", "UBND xã Y" → "UBND".</summary>
    private static string Initials(string unit, ClusterPlan cluster)
    {
        var name = unit.Split([" tỉnh ", " xã "], StringSplitOptions.None)[0];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Select(w => w.All(char.IsUpper) ? w : char.ToUpperInvariant(w[0]).ToString()));
        return initials.Length > 0 ? initials : cluster.Code;
    }

    private GeneratedItem Document(string id)
    {
        var cluster = PickCluster();
        var issuedOn = PickDate(AnyMonth);
        var year = issuedOn.Year;
        var text = new TextComposer(_random, cluster, year, issuedOn);
        var province = cluster.Province.Name;
        var body = new StringBuilder();
        string number, issuer, subject, title;
        Signer signer;
        switch (_random.Next(8))
        {
            case 0:
                number = $"{(issuedOn.Month * 5 + _random.Next(5)).ToString(CultureInfo.InvariantCulture)}/TB-HĐTĐKT";
                issuer = $"Hội đồng Thi đua – Khen thưởng tỉnh {province}";
                subject = $"Về việc chia lại các cụm, khối thi đua và đơn vị Cụm trưởng, Cụm phó năm {year}";
                title = $"Thông báo chia lại các cụm, khối thi đua và đơn vị Cụm trưởng, Cụm phó năm {year}";
                signer = new Signer { Name = text.Person(), Position = "Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh" };
                body.Append(CultureInfo.InvariantCulture, $"Hội đồng Thi đua – Khen thưởng tỉnh {province} thông báo các cụm, khối thi đua và đơn vị Cụm trưởng, Cụm phó năm {year} như sau:\n\n");
                foreach (var other in Clusters.Where(c => c.Province == cluster.Province))
                {
                    body.Append(CultureInfo.InvariantCulture, $"- {other.Name}: Cụm trưởng {other.Leader(year)}, Cụm phó {other.Deputy(year)}.\n");
                }
                body.Append('\n');
                break;
            case 1:
                number = $"{Serial(issuedOn, 3)}/HD-SNV";
                issuer = $"Sở Nội vụ tỉnh {province}";
                subject = $"Hướng dẫn tổ chức hoạt động của các cụm, khối thi đua và xét tặng Cờ thi đua năm {year}";
                title = subject;
                signer = new Signer { Name = text.Person(), Position = "Giám đốc Sở Nội vụ" };
                break;
            case 2:
                number = $"{SmallSerial(issuedOn)}/HD-{cluster.Code}";
                issuer = cluster.Name;
                subject = $"Hướng dẫn chấm điểm, bình xét thi đua năm {year} trong {cluster.Name}";
                title = $"Hướng dẫn chấm điểm thi đua năm {year} của {cluster.Name}";
                signer = ClusterSigner(text, year);
                body.Append("## 1. Thang điểm\n\nTổng điểm tối đa là **100 điểm**, gồm:\n\n");
                foreach (var (part, points) in new[] { ("kết quả thực hiện nhiệm vụ chính trị, chuyên môn", 50), ("tổ chức phong trào thi đua và công tác khen thưởng", 20), ("xây dựng tổ chức đảng, đoàn thể vững mạnh", 15), ("tham gia hoạt động chung của Cụm", 15) })
                {
                    body.Append(CultureInfo.InvariantCulture, $"- {part}: {points} điểm;\n");
                }
                body.Append("\n## 2. Cách chấm\n\n");
                break;
            case 3:
            case 4:
                number = $"{SmallSerial(issuedOn)}/BC-{cluster.Code}";
                issuer = cluster.Name;
                var midYear = issuedOn.Month is >= 6 and <= 8;
                var reviewed = issuedOn.Month <= 2 ? year - 1 : year;
                subject = midYear
                    ? $"Sơ kết phong trào thi đua 6 tháng đầu năm {reviewed} của {cluster.Name}"
                    : $"Tổng kết phong trào thi đua năm {reviewed}, phương hướng, nhiệm vụ năm {reviewed + 1} của {cluster.Name}";
                title = $"Báo cáo {(midYear ? "sơ kết 6 tháng đầu năm" : "tổng kết phong trào thi đua năm")} {reviewed} của {cluster.Name}";
                signer = ClusterSigner(text, reviewed);
                body.Append("## I. Đặc điểm tình hình\n\n")
                    .Append(CultureInfo.InvariantCulture, $"{cluster.Name} gồm {cluster.Members.Length:00} đơn vị: {string.Join(", ", cluster.Members)}. Năm {reviewed}, {cluster.Leader(reviewed)} được giao làm Cụm trưởng.\n\n")
                    .Append("## II. Kết quả thực hiện\n\n");
                break;
            case 5:
                var normative = string.Create(CultureInfo.InvariantCulture, $"{issuedOn.Month * 7 + _random.Next(7)}/{year}/QĐ-UBND");
                number = normative;
                issuer = $"Ủy ban nhân dân tỉnh {province}";
                subject = $"Ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh {province}";
                title = $"Quyết định số {normative} ban hành Quy định về công tác thi đua, khen thưởng tỉnh {province}";
                signer = new Signer { Name = text.Person(), Position = "Chủ tịch Ủy ban nhân dân tỉnh" };
                body.Append("**Điều 1.** Ban hành kèm theo Quyết định này Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh.\n\n")
                    .Append("**Điều 2.** Quyết định có hiệu lực sau 10 ngày kể từ ngày ký và thay thế các quy định trước đây trái với Quyết định này.\n\n")
                    .Append("## Quy định\n\n");
                break;
            case 6:
                number = $"{SmallSerial(issuedOn)}/QC-{cluster.Code}";
                issuer = cluster.Name;
                subject = $"Quy chế hoạt động của {cluster.Name}";
                title = subject;
                signer = ClusterSigner(text, year);
                break;
            default:
                number = $"{Serial(issuedOn, 10)}/SNV-TĐKT";
                issuer = $"Sở Nội vụ tỉnh {province}";
                subject = $"V/v hướng dẫn hồ sơ đề nghị khen thưởng tổng kết năm {year}";
                title = $"Công văn hướng dẫn hồ sơ đề nghị khen thưởng tổng kết năm {year}";
                signer = new Signer { Name = text.Person(), Position = "Phó Giám đốc Sở Nội vụ" };
                break;
        }
        text.AppendParagraphs(body, Remaining(body, BodyWords(), parts: 1),
            Vocabulary.GeneralSentences, Vocabulary.PlanSentences, Vocabulary.AchievementSentences);
        var data = new DocumentData
        {
            Number = number,
            IssuedOn = issuedOn,
            Issuer = issuer,
            Summary = subject,
            Body = body.ToString().TrimEnd(),
            LegalBases = LegalBases(text, issuedOn),
            Signer = signer,
            Recipients = Recipients(cluster),
        };
        return new GeneratedItem(id, "Document", cluster, title, issuedOn, data);
    }

    private GeneratedItem Conference(string id)
    {
        var cluster = PickCluster();
        var head = cluster.Kind == "Bloc" ? "Khối trưởng" : "Cụm trưởng";
        var kind = _random.Next(10);
        var date = kind switch
        {
            < 5 => PickDate(12, 1, 2),
            < 7 => PickDate(6, 7, 8),
            < 8 => PickDate(1, 2, 3, 4),
            _ => PickDate(AnyMonth),
        };
        var year = kind < 5 && date.Month <= 2 ? date.Year - 1 : date.Year;
        var text = new TextComposer(_random, cluster, year, date);
        var title = kind switch
        {
            < 3 => $"{cluster.Name} tổng kết phong trào thi đua năm {year}",
            < 5 => $"Hội nghị tổng kết công tác thi đua, khen thưởng năm {year} của {cluster.Name}",
            < 7 => $"{cluster.Name} sơ kết công tác thi đua 6 tháng đầu năm {year}",
            < 8 => $"{cluster.Name} ký kết giao ước thi đua năm {year}",
            < 9 => $"{cluster.Name} phát động phong trào thi đua “{text.Pick(Vocabulary.Movements)}”",
            _ => $"{cluster.Leader(year)} nhận nhiệm vụ {head} {cluster.ShortName} năm {year}",
        };
        var location = _random.Next(2) == 0 ? $"Hội trường {cluster.Leader(year)}" : $"huyện {text.District()}, tỉnh {cluster.Province.Name}";

        var words = BodyWords();
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Ngày {TextComposer.Date(date)}, tại {location}, {cluster.Name} đã tổ chức hội nghị. ");
        text.AppendParagraphs(body, words / 3, Vocabulary.ConferenceSentences, Vocabulary.GeneralSentences);
        if (_random.Next(2) == 0)
        {
            body.Append("## Kết quả nổi bật\n\n");
            for (var i = _random.Next(3, 6); i > 0; i--)
            {
                body.Append("- ").Append(text.Fill(text.Pick(Vocabulary.AchievementSentences))).Append('\n');
            }
            body.Append('\n');
        }
        text.AppendParagraphs(body, Remaining(body, words, parts: 2), Vocabulary.ConferenceSentences, Vocabulary.AchievementSentences);
        body.Append(CultureInfo.InvariantCulture, $"## Phương hướng năm {year + 1}\n\n");
        text.AppendParagraphs(body, Remaining(body, words, parts: 1), Vocabulary.GeneralSentences, Vocabulary.PlanSentences);

        var photos = Enumerable.Range(0, _random.Next(2, 7)).Select(_ => new Photo
        {
            File = $"{Convert.ToHexStringLower(BitConverter.GetBytes(_random.NextInt64()))}{new string('0', 48)}.jpg",
            Caption = text.Fill(text.Pick(Vocabulary.PhotoCaptions)),
        }).ToList();
        var data = new ConferenceData { Date = date, Location = location, Body = body.ToString().TrimEnd(), Photos = photos };
        return new GeneratedItem(id, ConferenceType.TypeName, cluster, title, date, data);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Text;
using PageBench;
using SearchBench;

namespace AwardsBench;

/// <summary>A member organisation as the generator plans it: its names, its province and the people it proposes year after year.</summary>
internal sealed record BenchUnit(string Id, string Name, string[] Aliases, Province Province, string[] Subunits, string[] Staff, bool IsCommune);

/// <summary>A cluster or bloc with the same members every year of the bench.</summary>
internal sealed record BenchCluster(string Id, string Kind, int? Number, string Name, Province Province, BenchUnit[] Members);

/// <summary>An award kind of the setup recipe's catalogue: the spellings a decision may use for it.</summary>
internal sealed record CatalogueKind(string Id, string Name, string[] Spellings);

/// <summary>The generated site: its recipe and what the measured addresses are made of.</summary>
internal sealed record AwardSite(SiteRecipe Recipe, int Decisions, int Lines, int RevokedLines, int Units, int Clusters, int FirstYear, int LastYear,
    IReadOnlyList<string> BusiestUnits, IReadOnlyList<string> OrdinaryUnits, string BusiestCluster, string CommonName, string CommonKind, string RareName);

// The recipe's shapes, written in its camelCase names (see DESIGN.md's recipe format); absent optional fields are left out.
internal sealed record SiteRecipe(string Name, string DisplayName, string Description, IReadOnlyList<object> Steps);

internal sealed record UnitsStep(IReadOnlyList<RecipeUnit> Units)
{
    public string Name => "Units";
}

internal sealed record RecipeUnit(string Id, string Name, string Province, IReadOnlyList<string>? Aliases);

internal sealed record ClustersStep(IReadOnlyList<RecipeCluster> Clusters)
{
    public string Name => "Clusters";
}

internal sealed record RecipeCluster(string Id, string Kind, int? Number, string Name, string Province, bool ReviewRequired, IReadOnlyList<RecipeTerm> Terms);

internal sealed record RecipeTerm(int Year, string Leader, string Deputy, IReadOnlyList<string> Members);

internal sealed record ContentStep(IReadOnlyList<DecisionItem> Items)
{
    public string Name => "Content";
}

internal sealed record DecisionItem(string Id, string Cluster, string Title, string Slug, string Created, string Modified, string Published,
    string Number, string IssuedOn, string Issuer, string Summary, string Body, int Year, IReadOnlyList<string> LegalBases, Signer Signer,
    IReadOnlyList<string> Recipients, IReadOnlyList<AwardLine> Awards, IReadOnlyList<Revocation>? Revokes)
{
    public string Type => "AwardDecision";

    public string Status => "Published";

    public string Author => "admin";
}

internal sealed record Signer(string Name, string Position);

internal sealed record AwardLine(string Kind, string RecipientType, string Recipient, string Unit);

internal sealed record Revocation(string Decision, IReadOnlyList<int> Lines);

/// <summary>
/// Makes a register of award lines at the size the issue asks for: by default 1,000 award decisions of 100 lines over
/// ten emulation years, in about 230 clusters and blocs of twelve provinces with some 2,000 member units, modelled on
/// the demo's (communes, statistics offices, associations, the internal-affairs and mass-organisation blocs). Lines
/// are written as offices write them: kinds under the catalogue's names or one of its spellings (a few under none),
/// units under their official name, an alias, an abbreviation or a name the directory does not know; individuals
/// come back year after year, so runs of the same title exist. A few later decisions revoke lines of earlier ones.
/// The same seed always gives the same site.
/// </summary>
internal sealed class AwardSiteGenerator
{
    public const int Years = 10;
    private const int UnitsWanted = 2_000;
    private const int CommunesPerCluster = 9;
    private const int StaffPerUnit = 30;
    private const string UnknownKind = "Giấy khen của Ban Chỉ đạo";

    private static readonly string[] FirstSyllables =
    [
        "Xuân", "Thanh", "Hưng", "Quảng", "Yên", "Tân", "Đông", "Nam", "Bắc", "Phú", "An", "Bình", "Hòa", "Kim", "Ngọc",
        "Vĩnh", "Cẩm", "Hải", "Sơn", "Thạch", "Minh", "Đức", "Phúc", "Trung", "Lộc", "Thọ", "Hoằng", "Thiệu", "Diễn", "Nghi",
    ];

    private static readonly string[] SecondSyllables =
    [
        "Lâm", "Giang", "Thành", "Lợi", "Tiến", "Phong", "Thịnh", "Hà", "Lạc", "Mỹ", "Khánh", "Long", "Hòa", "Sơn", "Tân",
        "Phú", "An", "Bình", "Định", "Trường",
    ];

    private static readonly string[] AgencySubunits = ["Văn phòng", "Phòng Tổ chức – Hành chính", "Phòng Nghiệp vụ", "Phòng Kế hoạch – Tài chính"];

    /// <summary>Kinds by how often they occur on a decision's list, for individuals and for collectives (ids of the setup recipe's catalogue).</summary>
    private static readonly (string Kind, int Weight)[] IndividualKinds =
    [
        ("lao-dong-tien-tien", 400), ("chien-si-thi-dua-co-so", 140), ("bang-khen-chu-tich-tinh", 120), ("giay-khen", 100),
        ("chien-si-thi-dua-tinh", 20), ("bang-khen-thu-tuong", 6), ("huan-chuong-lao-dong-hang-ba", 3), ("chien-si-thi-dua-toan-quoc", 1),
    ];

    private static readonly (string Kind, int Weight)[] CollectiveKinds =
    [
        ("tap-the-lao-dong-tien-tien", 400), ("bang-khen-chu-tich-tinh", 250), ("tap-the-lao-dong-xuat-sac", 180), ("giay-khen", 100),
        ("co-thi-dua-tinh", 50), ("bang-khen-thu-tuong", 10), ("co-thi-dua-chinh-phu", 5), ("huan-chuong-lao-dong-hang-ba", 5),
    ];

    private readonly Random _random;
    private readonly int _lastYear;
    private readonly Dictionary<string, CatalogueKind> _kinds;
    private readonly List<BenchCluster> _clusters;

    public AwardSiteGenerator(int seed, int lastYear, JsonObject setupRecipe)
    {
        _random = new Random(seed);
        _lastYear = lastYear;
        _kinds = setupRecipe["steps"]!.AsArray().Where(s => (string?)s!["name"] == "AwardKinds")
            .SelectMany(s => s!["kinds"]!.AsArray())
            .Select(k => new CatalogueKind((string)k!["id"]!, (string)k["name"]!, k["spellings"]?.AsArray().Select(s => (string)s!).ToArray() ?? []))
            .ToDictionary(k => k.Id);
        var missing = IndividualKinds.Concat(CollectiveKinds).Select(k => k.Kind)
            .Concat(["giay-khen-chu-tich-ubnd-huyen", "giay-khen-chu-tich-ubnd-xa"]).Where(id => !_kinds.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            throw new BenchException($"the setup recipe's AwardKinds step lacks {string.Join(", ", missing)}");
        }
        _clusters = MakeClusters();
    }

    public int FirstYear => _lastYear - Years + 1;

    public AwardSite Generate(int decisions, int linesPerDecision)
    {
        var items = new List<DecisionItem>();
        var linesPerUnit = new Dictionary<string, int>();
        var linesPerCluster = new Dictionary<string, int>();
        var names = new Dictionary<string, int>();
        var kindCounts = new Dictionary<string, int>();
        var decisionLines = new List<(string Id, int Lines)>();
        for (var i = 0; i < decisions; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"qd-{i + 1:0000}");
            var year = FirstYear + i % Years;
            var cluster = _clusters[_random.Next(_clusters.Count)];
            var awards = new List<AwardLine>();
            for (var line = 0; line < linesPerDecision; line++)
            {
                var unit = cluster.Members[_random.Next(cluster.Members.Length)];
                var individual = _random.Next(4) > 0;
                var kindId = Weighted(individual ? IndividualKinds : CollectiveKinds);
                var kind = KindText(kindId, unit, year);
                var unitText = UnitText(unit);
                // The busiest of a unit's people are proposed nearly every year: their runs of titles are what the look-up shows.
                var recipient = individual ? unit.Staff[(int)(StaffPerUnit * Math.Pow(_random.NextDouble(), 2))]
                    : _random.Next(2) == 0 ? unitText : unit.Subunits[_random.Next(unit.Subunits.Length)];
                awards.Add(new AwardLine(kind, individual ? "Individual" : "Collective", recipient, unitText));
                linesPerUnit[unit.Id] = linesPerUnit.GetValueOrDefault(unit.Id) + 1;
                if (individual)
                {
                    names[recipient] = names.GetValueOrDefault(recipient) + 1;
                }
                kindCounts[kindId] = kindCounts.GetValueOrDefault(kindId) + 1;
            }
            linesPerCluster[cluster.Id] = linesPerCluster.GetValueOrDefault(cluster.Id) + linesPerDecision;
            items.Add(Decision(id, cluster, year, awards, revokes: null));
            decisionLines.Add((id, linesPerDecision));
        }
        // About one decision in a hundred is later found to rest on false records: a decision of the following year revokes two of its lines.
        var revoked = 0;
        for (var i = 0; i < Math.Max(1, decisions / 100); i++)
        {
            var (target, lines) = decisionLines[_random.Next(decisionLines.Count)];
            var targetItem = items.Single(item => item.Id == target);
            var cluster = _clusters.Single(c => c.Id == targetItem.Cluster);
            var year = Math.Min(_lastYear, targetItem.Year + 1);
            var revokedLines = Enumerable.Range(1, lines).OrderBy(_ => _random.Next()).Take(Math.Min(2, lines)).Order().ToArray();
            items.Add(Decision(string.Create(CultureInfo.InvariantCulture, $"qd-thu-hoi-{i + 1:000}"), cluster, year, [], [new Revocation(target, revokedLines)]));
            revoked += revokedLines.Length;
        }

        var recipe = new SiteRecipe("awards-bench", "Awards benchmark",
            "Generated for bench/AwardsBench: award decisions over ten years in clusters and blocs of twelve provinces.",
            [Units(), Clusters(), new ContentStep(items)]);
        var units = _clusters.SelectMany(c => c.Members).ToList();
        // A name two provinces share (a commune's, often) is linked to neither unit, as the portal leaves it for staff: the
        // unit pages measured are of units the register links lines to.
        var linkable = units.DistinctBy(u => u.Id).GroupBy(u => VietnameseText.FoldLower(u.Name)).Where(g => g.Count() == 1).Select(g => g.Single().Id).ToHashSet();
        var busiest = linesPerUnit.Where(u => linkable.Contains(u.Key)).OrderByDescending(u => u.Value).ThenBy(u => u.Key, StringComparer.Ordinal)
            .Take(5).Select(u => u.Key).ToList();
        var ordinary = units.Where(u => linkable.Contains(u.Id) && linesPerUnit.ContainsKey(u.Id) && !busiest.Contains(u.Id)).OrderBy(_ => _random.Next())
            .Take(15).Select(u => u.Id).ToList();
        var common = names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;
        var rare = names.Where(n => n.Value == 1).OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key).FirstOrDefault() ?? common;
        return new AwardSite(recipe, decisions, decisions * linesPerDecision, revoked, units.Count, _clusters.Count, FirstYear, _lastYear,
            busiest, ordinary, linesPerCluster.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key,
            VietnameseText.FoldLower(common), "chien-si-thi-dua-co-so", VietnameseText.FoldLower(rare));
    }

    private string Weighted((string Kind, int Weight)[] table)
    {
        var pick = _random.Next(table.Sum(t => t.Weight));
        foreach (var (kind, weight) in table)
        {
            if ((pick -= weight) < 0)
            {
                return kind;
            }
        }
        return table[^1].Kind;
    }

    /// <summary>A kind as a decision writes it: mostly the catalogue's name, often one of its spellings, now and then a name no catalogue entry matches.</summary>
    private string KindText(string kindId, BenchUnit unit, int year)
    {
        if (kindId == "giay-khen")
        {
            if (_random.Next(20) == 0)
            {
                return UnknownKind;
            }
            // Communes' chairmen signed district-level certificates until districts went in July 2025.
            kindId = !unit.IsCommune ? "giay-khen" : year < 2025 ? "giay-khen-chu-tich-ubnd-huyen" : "giay-khen-chu-tich-ubnd-xa";
        }
        var kind = _kinds[kindId];
        return kind.Spellings.Length > 0 && _random.Next(4) == 0 ? kind.Spellings[_random.Next(kind.Spellings.Length)] : kind.Name;
    }

    /// <summary>A unit as a decision writes it: its official name, an alias, the name abbreviated or spelled the old way, or a name the directory lacks.</summary>
    private string UnitText(BenchUnit unit)
    {
        var roll = _random.Next(100);
        return roll switch
        {
            < 78 => unit.Name,
            < 86 => unit.Name.Replace("Ủy ban nhân dân", "UBND", StringComparison.Ordinal).Replace("Hóa", "Hoá", StringComparison.Ordinal).Replace(" xã ", " Xã ", StringComparison.Ordinal),
            < 94 when unit.Aliases.Length > 0 => unit.Aliases[_random.Next(unit.Aliases.Length)],
            < 94 => unit.Name.Replace(" ", "  ", StringComparison.Ordinal),
            _ => $"Ủy ban nhân dân huyện {unit.Province.Districts[_random.Next(unit.Province.Districts.Length)]}",
        };
    }

    private DecisionItem Decision(string id, BenchCluster cluster, int year, IReadOnlyList<AwardLine> awards, IReadOnlyList<Revocation>? revokes)
    {
        var issuedOn = new DateOnly(Math.Min(year + 1, _lastYear), 1 + _random.Next(4), 1 + _random.Next(28));
        var title = revokes is null
            ? $"Quyết định khen thưởng {cluster.Name} năm {year}"
            : $"Quyết định thu hồi một phần quyết định khen thưởng của {cluster.Name}";
        var body = revokes is null
            ? $"**Điều 1.** Khen thưởng {awards.Count} tập thể, cá nhân thuộc {cluster.Name} đã có thành tích trong phong trào thi đua năm {year} (có danh sách kèm theo).\n\n" +
              "**Điều 2.** Tiền thưởng thực hiện theo quy định hiện hành.\n\n**Điều 3.** Quyết định có hiệu lực kể từ ngày ký."
            : "**Điều 1.** Hủy bỏ việc khen thưởng đối với các trường hợp kê khai thành tích không đúng sự thật, thu hồi hiện vật và tiền thưởng.\n\n" +
              "**Điều 2.** Quyết định có hiệu lực kể từ ngày ký.";
        // Entered two days after it was signed, published two hours later.
        var entered = issuedOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc).AddDays(2);
        return new DecisionItem(id, cluster.Id, title, $"{Slug.From(title, 80)}-{id}", Timestamp(entered), Timestamp(entered.AddHours(1)), Timestamp(entered.AddHours(2)),
            string.Create(CultureInfo.InvariantCulture, $"{issuedOn.DayOfYear * 5 + _random.Next(5) + 1}/QĐ-UBND"), issuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"Ủy ban nhân dân tỉnh {cluster.Province.Name}", title.Replace("Quyết định ", "Về việc ", StringComparison.Ordinal), body, year,
            ["Luật Thi đua, khen thưởng"], new Signer(Person(), "Phó Chủ tịch Ủy ban nhân dân tỉnh"), ["Như Điều 3", "Lưu: VT"], awards, revokes);
    }

    private List<BenchCluster> MakeClusters()
    {
        var clusters = new List<BenchCluster>();
        var provinces = Vocabulary.Provinces;
        foreach (var province in provinces)
        {
            string Fill(string template) => template.Replace("{P}", province.Name, StringComparison.Ordinal);
            var agencies = Vocabulary.InternalAffairs.Select(Fill).Select(name => Unit(name, province, isCommune: false, Aliases(name, province))).ToArray();
            var masses = Vocabulary.MassOrganizations.Select(Fill).Select(name => Unit(name, province, isCommune: false, [])).ToArray();
            var associations = Vocabulary.Associations.Select(Fill).Select(name => Unit(name, province, isCommune: false, [])).ToArray();
            var statistics = province.Districts.Select(d => Unit($"Thống kê cơ sở {d}", province, isCommune: false, [$"Chi cục Thống kê huyện {d}"])).ToArray();
            // Whole clusters of communes, so that none is left with a member or two.
            var communesWanted = (UnitsWanted / provinces.Length - agencies.Length - masses.Length - associations.Length - statistics.Length)
                / CommunesPerCluster * CommunesPerCluster;
            var communeNames = province.Communes
                .Concat(FirstSyllables.SelectMany(f => SecondSyllables.Where(s => s != f).Select(s => $"{f} {s}")).OrderBy(_ => _random.Next()))
                .Distinct().Take(communesWanted);
            var communes = communeNames.Select(c => Unit($"Ủy ban nhân dân xã {c}", province, isCommune: true, [], c)).ToArray();
            var number = 1;
            foreach (var chunk in communes.Chunk(CommunesPerCluster))
            {
                clusters.Add(new BenchCluster(Slug.From($"cum thi dua so {number} xa {province.Name}", 80), "Cluster", number,
                    $"Cụm thi đua số {number} (xã) tỉnh {province.Name}", province, chunk));
                number++;
            }
            clusters.Add(new BenchCluster(Slug.From($"cum thi dua so {number} thong ke {province.Name}", 80), "Cluster", number,
                $"Cụm thi đua số {number} – Thống kê tỉnh {province.Name}", province, statistics));
            number++;
            clusters.Add(new BenchCluster(Slug.From($"cum thi dua so {number} hoi dac thu {province.Name}", 80), "Cluster", number,
                $"Cụm thi đua số {number} (các hội đặc thù) tỉnh {province.Name}", province, associations));
            clusters.Add(new BenchCluster(Slug.From($"khoi noi chinh {province.Name}", 80), "Bloc", null,
                $"Khối thi đua Nội chính – Lực lượng vũ trang tỉnh {province.Name}", province, agencies));
            clusters.Add(new BenchCluster(Slug.From($"khoi dang doan the {province.Name}", 80), "Bloc", null,
                $"Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh {province.Name}", province, masses));
        }
        return clusters;
    }

    /// <summary>The names agencies went by before the reorganisations of 2025, as older decisions write them.</summary>
    private static string[] Aliases(string name, Province province) =>
        name.StartsWith("Thi hành án", StringComparison.Ordinal) ? [$"Cục Thi hành án dân sự tỉnh {province.Name}"]
        : name.StartsWith("Bộ Chỉ huy Quân sự", StringComparison.Ordinal) ? [$"Bộ CHQS tỉnh {province.Name}"]
        : name.StartsWith("Viện Kiểm sát", StringComparison.Ordinal) ? [$"Viện KSND tỉnh {province.Name}"]
        : [];

    private BenchUnit Unit(string name, Province province, bool isCommune, string[] aliases, string? commune = null)
    {
        var subunits = isCommune
            ? Vocabulary.CommuneUnits.Select(t => t.Replace("{commune}", commune, StringComparison.Ordinal)).ToArray()
            : AgencySubunits.Select(s => $"{s}, {name}").ToArray();
        var staff = Enumerable.Range(0, StaffPerUnit).Select(_ => Person()).Distinct().ToArray();
        while (staff.Length < StaffPerUnit)
        {
            staff = [.. staff, .. Enumerable.Range(0, StaffPerUnit - staff.Length).Select(_ => Person())];
            staff = staff.Distinct().ToArray();
        }
        return new BenchUnit(Slug.From($"{name} {province.Name}", 90), name, aliases, province, subunits, staff, isCommune);
    }

    private string Person()
    {
        var female = _random.Next(2) == 0;
        return string.Join(' ', Pick(Vocabulary.FamilyNames), Pick(female ? Vocabulary.FemaleMiddleNames : Vocabulary.MaleMiddleNames),
            Pick(female ? Vocabulary.FemaleGivenNames : Vocabulary.MaleGivenNames));
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private UnitsStep Units() =>
        new(_clusters.SelectMany(c => c.Members).Select(u => new RecipeUnit(u.Id, u.Name, u.Province.Name, u.Aliases.Length > 0 ? u.Aliases : null)).ToList());

    private ClustersStep Clusters() =>
        new(_clusters.Select(c => new RecipeCluster(c.Id, c.Kind, c.Number, c.Name, c.Province.Name, ReviewRequired: false,
            Enumerable.Range(FirstYear, Years).Select(year => new RecipeTerm(year, c.Members[year % c.Members.Length].Id,
                c.Members[(year + 1) % c.Members.Length].Id, c.Members.Select(m => m.Id).ToList())).ToList())).ToList());

    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

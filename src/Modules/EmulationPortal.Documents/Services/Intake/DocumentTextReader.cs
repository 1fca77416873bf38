using System.Text;
using System.Text.RegularExpressions;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Documents.Services.Intake;

/// <summary>
/// Reads the fields of the national format (Decree 30/2020/NĐ-CP) from the plain text of an official
/// document, as a DOCX, a PDF's text layer or OCR gives it: header columns may be flattened into one
/// line, words may have lost their marks, lines may carry page numbers. Never throws.
/// </summary>
/// <remarks>
/// Every pattern runs on the folded, lower-cased line (<see cref="VietnameseText.FoldLower"/>), which has
/// the length of the line itself, so OCR slips such as "Sô"/"So" or "D" for "Đ" match and a span found
/// there can be cut from the line as written.
/// </remarks>
public static partial class DocumentTextReader
{
    // No field of the format is longer; longer lines are body paragraphs, and skipping them keeps a
    // huge one-line input from costing anything.
    private const int MaxLineLength = 1000;

    // The title and the header above it sit in the first lines of the first page.
    private const int HeaderSearchLines = 40;

    private const int MaxContinuationLines = 4;

    private static readonly (string Folded, string Name)[] Kinds =
    [
        ("quyet dinh", "Quyết định"), ("ke hoach", "Kế hoạch"), ("thong bao", "Thông báo"),
        ("huong dan", "Hướng dẫn"), ("bao cao", "Báo cáo"), ("to trinh", "Tờ trình"), ("quy che", "Quy chế"),
        ("quy dinh", "Quy định"), ("chi thi", "Chỉ thị"), ("nghi quyet", "Nghị quyết"),
        ("chuong trinh", "Chương trình"), ("giay moi", "Giấy mời"), ("bien ban", "Biên bản"),
        ("phuong an", "Phương án"), ("cong van", "Công văn"),
    ];

    private static readonly (string Folded, string Name)[] MarkNames =
    [
        ("hoa toc", "HỎA TỐC"), ("thuong khan", "THƯỢNG KHẨN"), ("khan", "KHẨN"),
        ("tuyet mat", "TUYỆT MẬT"), ("toi mat", "TỐI MẬT"), ("mat", "MẬT"),
    ];

    // The kinds whose preamble cites legal bases (Decree 30/2020, appendix I); a report, a notice or a
    // dispatch has none, and only a decision answers a proposal.
    private static readonly HashSet<string> KindsWithLegalBases =
        ["Quyết định", "Kế hoạch", "Quy chế", "Quy định", "Nghị quyết", "Hướng dẫn", "Chương trình", "Phương án"];

    // A decision is an award decision when its summary speaks of awards.
    private static readonly string[] AwardWords =
        ["khen thuong", "bang khen", "giay khen", "co thi dua", "danh hieu", "huan chuong", "tang thuong"];

    private static readonly HashSet<string> FamilyNames =
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý",
        "đinh", "lò", "trịnh", "đầu", "cao", "mai", "tạ", "hà", "lâm", "lưu", "trương", "đoàn", "đào", "lương", "tô", "thái",
        "khổng", "châu", "quách", "kiều", "mạc", "từ", "hứa", "tăng", "lại", "chu", "vương", "triệu", "la", "lục", "nông",
        "vi", "hầu", "doãn", "tống", "âu", "giáp", "ninh", "phùng", "thân", "lã", "cù", "lô", "mẫn", "nghiêm", "diệp",
    ];

    // OCR drops marks: folded family names count too, except those a position word folds to ("CHỦ", "TRƯỞNG").
    private static readonly HashSet<string> FamilyNamesFolded = FamilyNames.Select(VietnameseText.FoldLower).ToHashSet();

    private static readonly HashSet<string> PositionWordsFolded = ["chu", "truong", "pho", "tong", "la", "vi"];

    // Lowercase words that belong inside a place name ("Thành phố Hồ Chí Minh").
    private static readonly HashSet<string> PlaceWords = ["phố", "xã", "thị", "trấn", "pho", "xa", "thi", "tran"];

    private sealed record Line(int Number, string Raw, string Text, string Folded);

    /// <param name="Rest">What follows the kind on the title line when the summary was flattened onto it.</param>
    private sealed record Title(int Index, string Kind, string Rest, TextSource Source);

    public static DocumentReading Read(string? text)
    {
        try
        {
            var original = Nfc(text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            return ReadLines(SplitLines(original), original);
        }
        catch (RegexMatchTimeoutException)
        {
            return new DocumentReading { NotFound = ["Văn bản quá phức tạp để đọc tự động; hãy nhập các trường bằng tay"] };
        }
    }

    private static DocumentReading ReadLines(IReadOnlyList<Line> lines, string[] original)
    {
        var title = FindTitle(lines);
        var headerEnd = title?.Index ?? Math.Min(lines.Count, HeaderSearchLines);
        var number = FindNumber(lines, headerEnd);
        var (place, issuedOn, badDate) = FindPlaceAndDate(lines, headerEnd, number);
        var subject = title is null ? FindSubjectLine(lines, headerEnd) : null;
        var summary = title is null ? subject : ReadSummary(lines, title);
        var kind = ReadKind(title, subject, number, summary);
        var proposal = FindProposal(lines);
        var (recipients, signer) = ReadClosing(lines);
        var bodyStart = title is null ? headerEnd : title.Index + 1;
        var listStart = LastIndex(lines, l => RecipientsStart().IsMatch(l.Folded));
        var bodyEnd = listStart > bodyStart ? listStart : lines.Count;
        var (awards, awardProblems) = kind?.Value.ContentType == "AwardDecision" ? ReadAwards(lines, original) : ([], []);
        var reading = new DocumentReading
        {
            Kind = kind,
            Number = number?.Field,
            Place = place,
            IssuedOn = issuedOn,
            Issuer = ReadIssuer(lines, headerEnd),
            Summary = summary,
            Signer = signer,
            LegalBases = ReadStatements(lines, LegalBasisStart()),
            Proposal = proposal,
            Recipients = recipients,
            Marks = ReadMarks(lines, headerEnd),
            Appendices = ReadAppendices(lines, bodyStart),
            Milestones = kind?.Value.ContentType == "Plan" ? ReadMilestones(lines, bodyStart, bodyEnd) : [],
            TermUnits = kind?.Value.ContentType == "Plan" ? ReadTermUnits(lines, bodyStart, bodyEnd) : [],
            Awards = awards,
            AwardProblems = awardProblems,
        };
        return reading with { NotFound = Missing(reading, badDate) };
    }

    private static List<string> Missing(DocumentReading r, string? badDate)
    {
        var missing = new List<string>();
        void Require(object? field, string what)
        {
            if (field is null)
            {
                missing.Add($"Không tìm thấy {what}");
            }
        }

        Require(r.Kind, "loại văn bản");
        Require(r.Number, "số, ký hiệu văn bản");
        Require(r.Place, "địa danh");
        if (badDate is not null)
        {
            missing.Add($"Ngày ban hành không hợp lệ: «{badDate}»");
        }
        else
        {
            Require(r.IssuedOn, "ngày ban hành");
        }

        Require(r.Issuer, "cơ quan ban hành");
        Require(r.Summary, "trích yếu");
        Require(r.Signer, "người ký");
        if (r.Signer is { Value.Name: "" })
        {
            missing.Add("Không tìm thấy họ tên người ký");
        }

        // A kind not read could be any: every field is asked for.
        var kind = r.Kind?.Value.Name;
        if (kind is null || KindsWithLegalBases.Contains(kind))
        {
            Require(r.LegalBases.Count == 0 ? null : r.LegalBases, "căn cứ ban hành");
        }
        if (kind is null || kind == "Quyết định")
        {
            Require(r.Proposal, "đề nghị (tờ trình) mà văn bản trả lời");
        }
        Require(r.Recipients.Count == 0 ? null : r.Recipients, "nơi nhận");
        return missing;
    }

    // ---- Lines ----

    private static List<Line> SplitLines(string[] rawLines)
    {
        var lines = new List<Line>();
        for (var i = 0; i < rawLines.Length; i++)
        {
            var raw = WithoutControls(rawLines[i]).Trim();
            if (raw.Length is 0 or > MaxLineLength || !raw.Any(char.IsLetter) || PageNumber().IsMatch(VietnameseText.FoldLower(raw)))
            {
                continue;
            }

            var cleaned = Collapse(MarkdownMarks().Replace(WithoutMotto(raw), ""));
            if (cleaned.Length > 0)
            {
                lines.Add(new Line(i + 1, raw, cleaned, VietnameseText.FoldLower(cleaned)));
            }
        }

        return lines;
    }

    private static string Nfc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text; // lone surrogates in junk input; the patterns still run on the rest
        }
    }

    private static string WithoutControls(string line) =>
        string.Create(line.Length, line, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = char.IsControl(source[i]) || char.IsSurrogate(source[i]) ? ' ' : source[i];
            }
        });

    // The national motto is the right column of the header; a flattened header puts it on the
    // issuer's lines, so it is cut out before anything else reads them.
    private static string WithoutMotto(string line)
    {
        var characters = line.ToCharArray();
        foreach (Match motto in Motto().Matches(VietnameseText.FoldLower(line)))
        {
            Array.Fill(characters, ' ', motto.Index, motto.Length);
        }

        return new string(characters);
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    private static bool IsUpperCase(string text)
    {
        var letters = text.Count(char.IsLetter);
        // One in five lower-case letters is allowed: OCR lower-cases a letter now and then.
        return letters >= 2 && text.Count(char.IsLower) * 5 <= letters;
    }

    private static TextSource SourceOf(IReadOnlyList<Line> lines, int first, int last) =>
        new(lines[first].Number, lines[last].Number, string.Join("\n", lines.Skip(first).Take(last - first + 1).Select(l => l.Raw)));

    // ---- Title, kind and summary ----

    private static Title? FindTitle(IReadOnlyList<Line> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, HeaderSearchLines); i++)
        {
            foreach (var (folded, name) in Kinds)
            {
                var line = lines[i];
                var startsWithKind = line.Folded.StartsWith(folded, StringComparison.Ordinal)
                    && (line.Folded.Length == folded.Length || line.Folded[folded.Length] == ' ');
                if (startsWithKind && IsUpperCase(line.Text[..folded.Length]))
                {
                    return new Title(i, name, line.Text[folded.Length..].Trim(), SourceOf(lines, i, i));
                }
            }
        }

        return null;
    }

    private static ReadField<string>? ReadSummary(IReadOnlyList<Line> lines, Title title)
    {
        var parts = new List<string>();
        if (title.Rest.Length > 0)
        {
            parts.Add(title.Rest);
        }

        var last = title.Index;
        for (var i = title.Index + 1; i < lines.Count && parts.Count < MaxContinuationLines - 1; i++)
        {
            // The first line is the summary whatever its case (a plan may write it in capitals);
            // after it, a line in capitals is the authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
            if (EndsSummary(lines[i]) || (parts.Count > 0 && IsUpperCase(lines[i].Text)))
            {
                break;
            }

            parts.Add(lines[i].Text);
            last = i;
        }

        return parts.Count == 0
            ? null
            : new ReadField<string>(string.Join(" ", parts), SourceOf(lines, title.Rest.Length > 0 ? title.Index : title.Index + 1, last), title.Rest.Length > 0 ? Confidence.Medium : Confidence.High);
    }

    private static bool EndsSummary(Line line) =>
        LegalBasisStart().IsMatch(line.Folded) || ProposalStart().IsMatch(line.Folded) || SectionStart().IsMatch(line.Folded);

    // A công văn has no title; its summary is the "V/v …" line under the number.
    private static ReadField<string>? FindSubjectLine(IReadOnlyList<Line> lines, int headerEnd)
    {
        for (var i = 0; i < headerEnd; i++)
        {
            if (!SubjectStart().IsMatch(lines[i].Folded))
            {
                continue;
            }

            var parts = new List<string> { BeforePlaceAndDate(lines[i]) };
            var last = i;
            // A wrapped subject goes on in lower case; the addressee or the date does not.
            while (last + 1 < headerEnd && parts.Count < MaxContinuationLines && char.IsLower(lines[last + 1].Text[0]))
            {
                parts.Add(BeforePlaceAndDate(lines[++last]));
            }

            var subject = Collapse(string.Join(" ", parts))[SubjectStart().Match(lines[i].Folded).Length..].TrimStart(' ', ':', '.', ',');
            return subject.Length == 0 ? null : new ReadField<string>(char.ToUpperInvariant(subject[0]) + subject[1..], SourceOf(lines, i, last), Confidence.High);
        }

        return null;
    }

    private static string BeforePlaceAndDate(Line line)
    {
        var match = PlaceAndDate().Match(line.Folded);
        return match.Success ? line.Text[..PlaceStart(line.Text, match.Index)].Trim() : line.Text;
    }

    private static ReadField<DocumentKind>? ReadKind(
        Title? title, ReadField<string>? subject, FoundNumber? number, ReadField<string>? summary)
    {
        if (title is not null)
        {
            return new(Kind(title.Kind, summary), title.Source, Confidence.High);
        }

        if (subject is not null)
        {
            return new(Kind("Công văn", summary), subject.Source, Confidence.High);
        }

        var fromNumber = number is null ? null : DocumentNumber.TypeName(number.Parsed.TypeCode);
        return fromNumber is null ? null : new(Kind(fromNumber, summary), number!.Field.Source, Confidence.Medium);
    }

    private static DocumentKind Kind(string name, ReadField<string>? summary)
    {
        var foldedSummary = VietnameseText.FoldLower(summary?.Value);
        var contentType = name switch
        {
            "Quyết định" when AwardWords.Any(foldedSummary.Contains) => "AwardDecision",
            "Kế hoạch" => "Plan",
            _ => "Document",
        };
        return new DocumentKind(name, contentType);
    }

    // ---- Header: number, place and date, issuer, marks ----

    private sealed record FoundNumber(ReadField<string> Field, DocumentNumber Parsed, int LineIndex, int End);

    // Without a title the header search runs into the body, whose legal bases name other documents'
    // numbers and dates.
    private static bool CitesAnother(Line line) =>
        LegalBasisStart().IsMatch(line.Folded) || ProposalStart().IsMatch(line.Folded);

    private static FoundNumber? FindNumber(IReadOnlyList<Line> lines, int headerEnd)
    {
        for (var i = 0; i < headerEnd; i++)
        {
            if (CitesAnother(lines[i]))
            {
                continue;
            }

            var match = NumberPattern().Match(lines[i].Folded);
            var written = match.Success ? lines[i].Text.Substring(match.Groups["number"].Index, match.Groups["number"].Length) : null;
            if (DocumentNumber.TryParse(written, out var parsed))
            {
                // "Số:" as the format writes it is sure; "So"/"Sô" or a missing colon is OCR or a careless hand.
                var exact = match.Groups["colon"].Success && lines[i].Text.Substring(match.Index, 2) == "Số";
                var field = new ReadField<string>(parsed.ToString(), SourceOf(lines, i, i), exact ? Confidence.High : Confidence.Medium);
                return new FoundNumber(field, parsed, i, match.Index + match.Length);
            }
        }

        return null;
    }

    private static (ReadField<string>? Place, ReadField<DateOnly>? Date, string? BadDate) FindPlaceAndDate(
        IReadOnlyList<Line> lines, int headerEnd, FoundNumber? number)
    {
        for (var i = 0; i < headerEnd; i++)
        {
            if (CitesAnother(lines[i]))
            {
                continue;
            }

            // On a flattened line the number comes first; the place is only looked for after it.
            var from = number?.LineIndex == i ? number.End : 0;
            var match = PlaceAndDate().Match(lines[i].Folded, from);
            if (!match.Success)
            {
                continue;
            }

            var source = SourceOf(lines, i, i);
            var dateText = lines[i].Text.Substring(match.Groups["date"].Index, match.Groups["date"].Length);
            var placeStart = match.Groups["comma"].Success ? PlaceStart(lines[i].Text, match.Index, from) : match.Index;
            var place = lines[i].Text[placeStart..match.Index].Trim();
            var placeField = place.Length == 0 ? null : new ReadField<string>(place, source, Confidence.High);
            return VietnameseDate.TryParse(dateText, out var date)
                ? (placeField, new ReadField<DateOnly>(date, source, placeField is null ? Confidence.Medium : Confidence.High), null)
                : (placeField, null, dateText);
        }

        return (null, null, null);
    }

    // The place is the run of capitalised words before ", ngày"; walking back from the comma keeps
    // a flattened column ("V/v tổ chức hội nghị Nghệ An, ngày …") out of it.
    private static int PlaceStart(string text, int commaIndex, int from = 0)
    {
        var start = commaIndex;
        var words = text[from..commaIndex].TrimEnd().Split(' ');
        for (var w = words.Length - 1; w >= 0 && w >= words.Length - 6; w--)
        {
            var word = words[w];
            var capitalised = word.Length > 0 && char.IsUpper(word[0]);
            if (!capitalised && !(PlaceWords.Contains(word.ToLowerInvariant()) && w > 0 && w < words.Length - 1))
            {
                break;
            }

            start = from + string.Join(' ', words[..w]).Length + (w > 0 ? 1 : 0);
        }

        return start;
    }

    private static ReadField<string>? ReadIssuer(IReadOnlyList<Line> lines, int headerEnd)
    {
        var parts = new List<int>();
        for (var i = 0; i < headerEnd; i++)
        {
            var line = lines[i];
            if (IsMarkLine(line))
            {
                continue;
            }

            if (!IsUpperCase(line.Text) || NumberPattern().IsMatch(line.Folded) || PlaceAndDate().IsMatch(line.Folded))
            {
                break;
            }

            parts.Add(i);
        }

        if (parts.Count == 0)
        {
            return null;
        }

        // Under a parent body ("UBND TỈNH QUẢNG TRỊ") the issuer is the body on the lines below it
        // ("SỞ NỘI VỤ"); a line going on with a place ("TỈNH QUẢNG TRỊ") belongs to the body above it.
        var ownBody = parts.FindLastIndex(i => BodyStart().IsMatch(lines[i].Folded));
        parts = parts[Math.Max(0, ownBody)..];

        // A line that lost the motto or has lower-case letters was flattened or scanned: check it.
        var clean = parts.All(i => lines[i].Raw == lines[i].Text && !lines[i].Text.Any(char.IsLower));
        return new ReadField<string>(
            string.Join(" ", parts.Select(i => lines[i].Text)),
            SourceOf(lines, parts[0], parts[^1]),
            clean ? Confidence.High : Confidence.Medium);
    }

    private static bool IsMarkLine(Line line) => MarksOnly().IsMatch(line.Folded) && IsUpperCase(line.Text);

    private static List<ReadField<string>> ReadMarks(IReadOnlyList<Line> lines, int headerEnd) =>
        lines.Take(headerEnd)
            .Select((line, i) => (line, i))
            .Where(x => IsMarkLine(x.line))
            .SelectMany(x => MarkWord().Matches(x.line.Folded).Select(m =>
                new ReadField<string>(MarkNames.First(n => n.Folded == Collapse(m.Value)).Name, SourceOf(lines, x.i, x.i), Confidence.High)))
            .ToList();

    // ---- Legal bases and the proposal ----

    private static List<ReadField<string>> ReadStatements(IReadOnlyList<Line> lines, Regex start)
    {
        var statements = new List<ReadField<string>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (start.IsMatch(lines[i].Folded))
            {
                statements.Add(ReadStatement(lines, i));
            }
        }

        return statements;
    }

    // A statement ends at ";" or "." (or ":" before "QUYẾT ĐỊNH:"); one running over a line break
    // goes on in the next line unless that line starts a statement of its own.
    private static ReadField<string> ReadStatement(IReadOnlyList<Line> lines, int first)
    {
        var last = first;
        var text = lines[first].Text;
        while (!StatementEnd().IsMatch(text) && last + 1 < lines.Count && last - first < MaxContinuationLines
            && !EndsSummary(lines[last + 1]) && !IsUpperCase(lines[last + 1].Text))
        {
            text += " " + lines[++last].Text;
        }

        var ended = StatementEnd().IsMatch(text);
        return new ReadField<string>(text.TrimEnd(';', '.', ':', ',', ' '), SourceOf(lines, first, last), ended ? Confidence.High : Confidence.Medium);
    }

    private static ReadField<ProposalReading>? FindProposal(IReadOnlyList<Line> lines)
    {
        var statement = ReadStatements(lines, ProposalStart()).FirstOrDefault();
        if (statement is null)
        {
            return null;
        }

        var match = NumberPattern().Match(VietnameseText.FoldLower(statement.Value));
        var number = match.Success && DocumentNumber.TryParse(
            statement.Value.Substring(match.Groups["number"].Index, match.Groups["number"].Length), out var parsed)
            ? parsed.ToString()
            : null;
        return new(new ProposalReading(statement.Value, number), statement.Source, statement.Confidence);
    }

    // ---- Closing: recipients and signer ----

    // The closing is a two-column table: recipients on the left, the signature on the right. Flattened,
    // a row reads "- Như Điều 3; PHÓ CHỦ TỊCH", so each line is split into its left and right parts.
    private static (List<ReadField<string>> Recipients, ReadField<SignerReading>? Signer) ReadClosing(IReadOnlyList<Line> lines)
    {
        var listStart = LastIndex(lines, l => RecipientsStart().IsMatch(l.Folded));
        var closingStart = listStart >= 0 ? listStart : Math.Max(0, lines.Count - 25);
        var right = new List<(int Index, string Text)>();
        var recipients = new List<Recipient>();
        var linesSinceItem = 0;
        for (var i = closingStart; i < lines.Count; i++)
        {
            var (left, rightPart) = SplitColumns(lines[i].Text);
            // Six lines without an item end the list, so an appendix after the signature stays out of it.
            if (listStart >= 0 && linesSinceItem < 6 && ReadRecipientLine(left, i, i == listStart, recipients))
            {
                linesSinceItem = 0;
            }
            else
            {
                linesSinceItem++;
                rightPart ??= lines[i].Text;
            }

            if (rightPart is not null)
            {
                right.Add((i, rightPart));
            }
        }

        var signer = ReadSigner(lines, right);
        // Some offices put the signature above "Nơi nhận" instead of beside it.
        if (listStart > 0 && signer is null or { Confidence: Confidence.Low })
        {
            signer = ReadSignerAbove(lines, listStart) ?? signer;
        }
        return (
            recipients.Select(r => new ReadField<string>(TrimItem(r.Written), SourceOf(lines, r.First, r.Last), Confidence.High)).ToList(),
            signer);
    }

    // The name is one of the few lines right above "Nơi nhận"; the signature block is the run of lines in
    // capitals, signing modes and "(Đã ký)" notes above it.
    private static ReadField<SignerReading>? ReadSignerAbove(IReadOnlyList<Line> lines, int listStart)
    {
        for (var name = listStart - 1; name >= Math.Max(0, listStart - 4); name--)
        {
            if (!SignerName().IsMatch(lines[name].Text) && !IsCapitalName(lines[name].Text))
            {
                continue;
            }

            var top = name;
            while (top > 0 && name - top < 6 && (IsUpperCase(lines[top - 1].Text) || lines[top - 1].Text.StartsWith('(')))
            {
                top--;
            }

            return top == name ? null : ReadSigner(lines, Enumerable.Range(top, name - top + 1).Select(i => (i, lines[i].Text)).ToList());
        }

        return null;
    }

    // A name in capitals ("NGUYỄN VĂN AN") is told from a position ("PHÓ CHỦ TỊCH") by its family name.
    private static bool IsCapitalName(string text)
    {
        var words = text.Split(' ');
        if (words.Length is < 2 or > 5 || !IsUpperCase(text) || !words.All(w => w.All(char.IsLetter)))
        {
            return false;
        }

        var family = words[0].ToLowerInvariant();
        return FamilyNames.Contains(family) || (FamilyNamesFolded.Contains(VietnameseText.FoldLower(family)) && !PositionWordsFolded.Contains(VietnameseText.FoldLower(family)));
    }

    private static string TitleCase(string name) =>
        string.Join(' ', name.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private static (string Left, string? Right) SplitColumns(string text)
    {
        var match = RightColumn().Match(text);
        return match.Success ? (match.Groups["left"].Value, match.Groups["right"].Value.Trim()) : (text, null);
    }

    private static bool ReadRecipientLine(string text, int index, bool isHeading, List<Recipient> recipients)
    {
        if (isHeading)
        {
            text = text[RecipientsStart().Match(VietnameseText.FoldLower(text)).Length..].Trim();
            if (text.Length == 0)
            {
                return true;
            }
        }

        var item = Bullet().Match(text);
        if (item.Success || isHeading)
        {
            recipients.Add(new Recipient(index, index, text[item.Length..]));
            return true;
        }

        // A wrapped item goes on in lower case after an item that has not ended with ";" or ".".
        if (recipients.Count > 0 && char.IsLower(text[0]) && !StatementEnd().IsMatch(recipients[^1].Written))
        {
            recipients[^1] = recipients[^1] with { Last = index, Written = recipients[^1].Written + " " + text };
            return true;
        }

        return false;
    }

    /// <param name="Written">The item as written, bullet excepted, its closing ";" kept to tell whether it ended.</param>
    private sealed record Recipient(int First, int Last, string Written);

    private static string TrimItem(string text) => text.Trim().TrimEnd(';', '.', ',').Trim();

    private static ReadField<SignerReading>? ReadSigner(IReadOnlyList<Line> lines, List<(int Index, string Text)> right)
    {
        var markers = new List<(string Mode, string Target)>();
        string? position = null;
        int? first = null;
        foreach (var (index, text) in right)
        {
            var mode = SigningMode().Match(VietnameseText.FoldLower(text));
            if (mode.Success && IsUpperCase(text))
            {
                markers.Add((text[..mode.Groups["mode"].Length].ToUpperInvariant() + ".", text[mode.Length..].Trim()));
                first ??= index;
                continue;
            }

            if (position is null && IsUpperCase(text) && !RecipientsStart().IsMatch(VietnameseText.FoldLower(text)))
            {
                position = text;
                first ??= index;
                continue;
            }

            if ((position is not null || markers.Count > 0) && SignerName().IsMatch(text))
            {
                return Signer(lines, markers, position, text, first!.Value, index, Confidence.High);
            }

            if (position is not null && IsCapitalName(text))
            {
                // Capitals lose nothing but case, yet a name in capitals is rare enough to check.
                return Signer(lines, markers, position, TitleCase(text), first!.Value, index, Confidence.Medium);
            }
        }

        return first is null ? null : Signer(lines, markers, position, "", first.Value, right[^1].Index, Confidence.Low);
    }

    private static ReadField<SignerReading> Signer(
        IReadOnlyList<Line> lines, List<(string Mode, string Target)> markers, string? position, string name, int first, int last, Confidence confidence)
    {
        var reading = new SignerReading(
            name,
            position ?? markers.LastOrDefault().Target ?? "",
            markers.Count == 0 ? null : markers[^1].Mode,
            markers.Count == 0 ? null : markers[^1].Target,
            markers.Count > 1 && markers[0].Mode == "TM." ? markers[0].Target : null);
        return new ReadField<SignerReading>(reading, SourceOf(lines, first, last), confidence);
    }

    private static int LastIndex(IReadOnlyList<Line> lines, Func<Line, bool> predicate)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (predicate(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // ---- Patterns. All but RightColumn and SignerName run on folded, lower-cased text. ----
    // The timeout is a guard only: every pattern is bounded, and lines are at most MaxLineLength long.

    private const int Timeout = 1000;

    [GeneratedRegex(@"\s+", RegexOptions.None, Timeout)]
    private static partial Regex Spaces();

    // Headings and emphasis of a text saved as Markdown: "## KẾ HOẠCH", "**CỤM TRƯỞNG**".
    [GeneratedRegex(@"^\s*#{1,6}\s+|\*{1,3}", RegexOptions.None, Timeout)]
    private static partial Regex MarkdownMarks();

    // The first words of a body of the state, the Party or a mass organisation, as a header names it.
    [GeneratedRegex(
        @"^(?:so\s+[a-z]|ban\s|phong\s|hoi\s|cum\s|khoi\s|van\s+phong|uy\s+ban|ubnd|cuc\s|chi\s+cuc|trung\s+tam|dang\s+uy|cong\s+an|bo\s|tong\s+cuc|thanh\s+tra|doan\s|lien\s+doan|truong\s|benh\s+vien|vien\s|kho\s+bac|chi\s+nhanh|ngan\s+hang|cong\s+ty|thong\s+ke)",
        RegexOptions.None, Timeout)]
    private static partial Regex BodyStart();

    // "3", "- 3 -", "Trang 3", "3/12": a page number left in the text by a PDF or a scanner.
    [GeneratedRegex(@"^(?:trang\s*)?[-–]?\s*[0-9]{1,3}\s*(?:/\s*[0-9]{1,3})?\s*[-–]?$", RegexOptions.None, Timeout)]
    private static partial Regex PageNumber();

    // State and Party mottos; spacing and hyphens vary by hand and by OCR.
    [GeneratedRegex(
        @"cong\s*hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam|doc\s*lap\s*[-–]\s*tu\s*do\s*[-–]\s*hanh\s*phuc|dang\s+cong\s+san\s+viet\s+nam",
        RegexOptions.None, Timeout)]
    private static partial Regex Motto();

    // "Số: 1197/QĐ-UBND", "Số:   05 /KH-CTĐ12", "Số 68/2024/QĐ-UBND", "Số 41-CT/TW"; "Sô"/"So" fold to "so".
    // Only the shape is found here: DocumentNumber decides whether it is a number.
    [GeneratedRegex(
        @"(?<![a-z])so\s*(?<colon>:)?\s*(?<number>[0-9]{1,6}\s*(?:[-–]\s*[a-z]{1,6}\s*)?(?:/\s*[0-9]{4}\s*)?/\s*[a-z][a-z0-9]{0,20}(?:\s*[-–]\s*[a-z0-9]{1,20}){0,4})",
        RegexOptions.None, Timeout)]
    private static partial Regex NumberPattern();

    // ", ngày 5 tháng 1 năm 2026" with any spacing; the place before the comma is cut by PlaceStart.
    [GeneratedRegex(
        @"(?<comma>,)?\s*(?<![a-z])(?<date>ngay\s*[0-9]{1,2}\s*thang\s*[0-9]{1,2}\s*nam\s*[0-9]{4})(?![0-9])",
        RegexOptions.None, Timeout)]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"^(?:v\s*/\s*v|ve\s+viec)\b", RegexOptions.None, Timeout)]
    private static partial Regex SubjectStart();

    [GeneratedRegex(@"^can\s*cu\b", RegexOptions.None, Timeout)]
    private static partial Regex LegalBasisStart();

    [GeneratedRegex(@"^(?:theo|xet)\s+de\s+nghi\b", RegexOptions.None, Timeout)]
    private static partial Regex ProposalStart();

    // What follows a summary: the addressee, an article, a numbered part.
    [GeneratedRegex(@"^(?:kinh\s+gui|dieu\s+[0-9]|phan\s+[ivx0-9]|[ivx]{1,4}\s*[.\-–]|[0-9]{1,2}\s*[.)])", RegexOptions.None, Timeout)]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"[;.:]\s*$", RegexOptions.None, Timeout)]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"^noi\s*nhan\s*:?\s*", RegexOptions.None, Timeout)]
    private static partial Regex RecipientsStart();

    [GeneratedRegex(@"^[-–+•*]\s*", RegexOptions.None, Timeout)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:(?:hoa\s+toc|thuong\s+khan|khan|tuyet\s+mat|toi\s+mat|mat)[\s,;/-]*)+$", RegexOptions.None, Timeout)]
    private static partial Regex MarksOnly();

    [GeneratedRegex(@"hoa\s+toc|thuong\s+khan|khan|tuyet\s+mat|toi\s+mat|mat", RegexOptions.None, Timeout)]
    private static partial Regex MarkWord();

    // "TM.", "KT.", "TL.", "TUQ.", "Q.", with the space OCR sometimes puts before the dot.
    [GeneratedRegex(@"^(?<mode>tm|kt|tl|tuq|q)\s*\.\s*", RegexOptions.None, Timeout)]
    private static partial Regex SigningMode();

    // Runs on the line as written: a recipient (a bullet item or the "Nơi nhận:" heading) ending in
    // ";", ":" or ".", then a signature part in capitals (two words at least, or a signing mode) or a
    // name ("- Lưu: VT. Nguyễn Văn An"). Only recipients are split, so "TM. ỦY BAN NHÂN DÂN" stays whole.
    [GeneratedRegex(
        @"^(?<left>(?:[-–+•*]|(?i:n[ơo]i\s*nh[ậa]n)).{0,300}?[;:.])\s+(?<right>(?:(?:TM|KT|TL|TUQ|Q)\s*\.\s*)?\p{Lu}{2,}(?:\s+\p{Lu}{1,}){1,12}|(?:TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}{2,}|\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}|\((?i:\s*(?:đã|da)\s+(?:ký|ky)[^)]{0,40})\))\s*$",
        RegexOptions.None, Timeout)]
    private static partial Regex RightColumn();

    // "Nguyễn Văn An": two to six capitalised words.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$", RegexOptions.None, Timeout)]
    private static partial Regex SignerName();
}

using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Documents.Models;
using EmulationPortal.Mvc.Admin;

namespace EmulationPortal.UnitTests.Mvc.Admin;

public sealed class VersionComparisonTests
{
    private static readonly AwardDecisionType Type = new();

    private static AwardDecisionData Decision(params Award[] awards) => new()
    {
        Number = "25/QĐ-UBND",
        IssuedOn = new DateOnly(2026, 3, 20),
        Issuer = "UBND tỉnh Nghệ An",
        Summary = "Về việc khen thưởng",
        Body = "Điều 1. Tặng Bằng khen.",
        Awards = [.. awards],
    };

    private static Award Award(string recipient, string kind = "Bằng khen", RecipientType type = RecipientType.Individual, string? unit = null) =>
        new() { Recipient = recipient, Kind = kind, RecipientType = type, Unit = unit };

    private static VersionComparison Compare(AwardDecisionData before, AwardDecisionData after, string beforeTitle = "Quyết định", string afterTitle = "Quyết định") =>
        VersionComparison.Of(Type, beforeTitle, ContentTypeRegistry.Serialize(before), afterTitle, ContentTypeRegistry.Serialize(after));

    [Fact]
    public void Fields_read_by_their_Vietnamese_labels_with_dates_as_dd_MM_yyyy_and_enums_in_Vietnamese()
    {
        var before = Decision();
        var after = Decision();
        after.IssuedOn = new DateOnly(2026, 12, 2);
        after.Urgency = Urgency.VeryUrgent;

        var changes = Compare(before, after, afterTitle: "Quyết định mới").Changes;

        Assert.Contains(changes, c => c is { Label: "Tiêu đề", Before: "Quyết định", After: "Quyết định mới" });
        Assert.Contains(changes, c => c is { Label: "Ngày ban hành", Before: "20/03/2026", After: "02/12/2026" });
        Assert.Contains(changes, c => c is { Label: "Độ khẩn", Before: "", After: "Thượng khẩn" });
        Assert.DoesNotContain(changes, c => c.Label.Contains("issuedOn") || c.After.Contains("2026-12-02"));
    }

    [Fact]
    public void A_changed_row_shows_only_its_changed_cells_by_their_labels()
    {
        var before = Decision(Award("Nguyễn Văn A"), Award("Trần Thị B"), Award("Xã Nam Đàn", type: RecipientType.Individual));
        var after = Decision(Award("Nguyễn Văn A"), Award("Trần Thị B"), Award("Xã Nam Đàn", type: RecipientType.Collective));

        var change = Assert.Single(Compare(before, after).Changes);

        Assert.Equal("Danh sách khen thưởng, dòng 3", change.Label);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal("Xã Nam Đàn", change.Name);
        var cell = Assert.Single(change.Cells);
        Assert.Equal(("Đối tượng", "Cá nhân", "Tập thể"), (cell.Label, cell.Before, cell.After));
    }

    [Fact]
    public void A_row_inserted_at_the_top_is_one_added_row_and_a_corrected_name_lower_down_one_changed_cell()
    {
        var before = Decision(Award("Nguyễn Văn A"), Award("Trần Thị B", unit: "Sở Nội vụ"), Award("Lê Văn C"));
        var after = Decision(Award("Phạm Thị D", kind: "Giấy khen"), Award("Nguyễn Văn A"), Award("Trần Thị Bích", unit: "Sở Nội vụ"), Award("Lê Văn C"));

        var changes = Compare(before, after).Changes;

        Assert.Equal(2, changes.Count);
        var added = changes[0];
        Assert.Equal(("Danh sách khen thưởng, dòng 1", ChangeKind.Added, "Phạm Thị D"), (added.Label, added.Kind, added.Name));
        Assert.Contains(added.Cells, c => c is { Label: "Hình thức", After: "Giấy khen" });
        var changed = changes[1];
        Assert.Equal(("Danh sách khen thưởng, dòng 3", ChangeKind.Changed), (changed.Label, changed.Kind));
        var cell = Assert.Single(changed.Cells);
        Assert.Equal(("Tên tập thể, cá nhân", "Trần Thị B", "Trần Thị Bích"), (cell.Label, cell.Before, cell.After));
    }

    [Fact]
    public void A_removed_row_is_named_by_its_number_in_the_old_version()
    {
        var before = Decision(Award("Nguyễn Văn A"), Award("Trần Thị B"));
        var after = Decision(Award("Trần Thị B"));

        var change = Assert.Single(Compare(before, after).Changes);

        Assert.Equal(("Danh sách khen thưởng, dòng 1", ChangeKind.Removed, "Nguyễn Văn A"), (change.Label, change.Kind, change.Name));
        Assert.Contains(change.Cells, c => c is { Label: "Đối tượng", Before: "Cá nhân" });
    }

    [Fact]
    public void An_attachment_is_shown_by_its_title_never_its_media_key()
    {
        var before = Decision();
        before.Attachments = [new Attachment { File = "a1b2c3d4e5.pdf", Title = "Quyết định đã ký" }];
        var after = Decision();
        after.Attachments = [new Attachment { File = "f6a7b8c9d0.pdf", Title = "Quyết định đã ký" }];

        var change = Assert.Single(Compare(before, after).Changes);

        var cell = Assert.Single(change.Cells);
        Assert.Equal(("Quyết định đã ký", "Quyết định đã ký (tệp mới)"), (cell.Before, cell.After));
        Assert.DoesNotContain(".pdf", cell.Before + cell.After);
    }

    [Fact]
    public void The_body_is_compared_as_rendered_text_word_by_word_paragraph_by_paragraph()
    {
        var before = Decision();
        before.Body = "**Điều 1.** Tặng Bằng khen cho 02 tập thể.\n\n**Điều 2.** Quyết định có hiệu lực từ ngày ký.";
        var after = Decision();
        after.Body = "**Điều 1.** Tặng Bằng khen cho 03 tập thể.\n\n**Điều 2.** Quyết định có hiệu lực từ ngày ký.";

        var change = Assert.Single(Compare(before, after).Changes);

        Assert.Equal("Nội dung", change.Label);
        var text = Assert.IsType<WordDiff>(change.Text);
        Assert.Equal(2, text.Paragraphs.Count);
        Assert.Equal(
            [(DiffKind.Same, "Điều 1. Tặng Bằng khen cho "), (DiffKind.Removed, "02"), (DiffKind.Added, "03"), (DiffKind.Same, " tập thể.")],
            text.Paragraphs[0].Select(run => (run.Kind, run.Text)));
        Assert.Equal([(DiffKind.Same, "Điều 2. Quyết định có hiệu lực từ ngày ký.")], text.Paragraphs[1].Select(run => (run.Kind, run.Text)));
    }

    [Fact]
    public void Booleans_read_Co_or_Khong_and_lists_of_values_by_their_rows()
    {
        var before = new { covenant = new { signed = false }, legalBases = new[] { "Luật Thi đua, khen thưởng 2022" } };
        var after = new { covenant = new { signed = true }, legalBases = new[] { "Luật Thi đua, khen thưởng 2022", "Nghị định 98/2023/NĐ-CP" } };

        var changes = VersionComparison.Of(Type, "t", System.Text.Json.JsonSerializer.Serialize(before), "t", System.Text.Json.JsonSerializer.Serialize(after)).Changes;

        Assert.Contains(changes, c => c is { Before: "Không", After: "Có" });
        Assert.Contains(changes, c => c is { Label: "Căn cứ, dòng 2", Kind: ChangeKind.Added, After: "Nghị định 98/2023/NĐ-CP" });
    }

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        Assert.Empty(Compare(Decision(Award("Nguyễn Văn A")), Decision(Award("Nguyễn Văn A"))).Changes);
    }
}

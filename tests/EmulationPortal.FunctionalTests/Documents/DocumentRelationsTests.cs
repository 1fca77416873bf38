using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Documents;

/// <summary>Relations read from legal bases and text, both ways, resolved when the cited document arrives later; status, banner, JSON-LD, API.</summary>
public sealed class DocumentRelationsTests : IDisposable
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public void Dispose() => _site.Dispose();

    private static JsonObject Document(string id, string number, string issuedOn, string summary, params string[] legalBases) => new()
    {
        ["type"] = "Document", ["id"] = id, ["cluster"] = TestRecipes.ClusterId, ["title"] = $"Văn bản {id}", ["slug"] = id, ["status"] = "Published",
        ["number"] = number, ["issuedOn"] = issuedOn, ["issuer"] = "Ủy ban nhân dân tỉnh", ["summary"] = summary,
        ["legalBases"] = new JsonArray(legalBases.Select(b => (JsonNode)b).ToArray()),
    };

    [Fact]
    public async Task A_citation_links_when_the_cited_document_arrives_and_replacing_it_ends_it()
    {
        // The citing regulation first: the decree it cites is not in the archive yet.
        var citing = Document("quy-che-cu", "10/2024/QĐ-UBND", "2024-03-01", "Ban hành Quy chế thi đua", "Căn cứ Nghị định số 98/2023/ND-CP ngày 31 tháng 12 năm 2023 của Chính phủ;");
        citing["signer"] = new JsonObject { ["name"] = "Phan Văn Tú", ["position"] = "PHÓ CHỦ TỊCH", ["mode"] = "KT.", ["signsFor"] = "CHỦ TỊCH", ["onBehalfOf"] = "ỦY BAN NHÂN DÂN" };
        citing["urgency"] = "Urgent";
        citing["appendices"] = new JsonArray("Phụ lục: Mẫu báo cáo");
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(citing)));
        var before = await _site.GetDocumentAsync("/van-ban/quy-che-cu");
        Assert.Null(before.QuerySelector("section a[href='/van-ban/nghi-dinh-98']"));
        Assert.Contains("chưa có trong kho", before.QuerySelector("section.relations")!.TextContent);

        // The decree arrives, then a newer regulation replaces the old one; the old one is never edited.
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            Document("nghi-dinh-98", "98/2023/NĐ-CP", "2023-12-31", "Quy định chi tiết Luật Thi đua, khen thưởng"),
            Document("quy-che-moi", "20/2025/QĐ-UBND", "2025-05-01", "Ban hành Quy chế thi đua mới, thay thế Quyết định số 10/2024/QĐ-UBND",
                "Căn cứ Nghị định số 98/2023/NĐ-CP;"))));

        var old = await _site.GetDocumentAsync("/van-ban/quy-che-cu");
        Assert.NotNull(old.QuerySelector("section a[href='/van-ban/nghi-dinh-98']"));
        var banner = old.QuerySelector(".revoked-notice")!;
        Assert.Contains("đã bị thay thế", banner.TextContent);
        Assert.Equal("/van-ban/quy-che-moi", banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Bị thay thế", old.QuerySelector(".status")!.TextContent);

        // Both ways: the decree lists both regulations as citing it.
        var decree = await _site.GetDocumentAsync("/van-ban/nghi-dinh-98");
        var related = decree.QuerySelector("section.relations")!;
        Assert.NotNull(related.QuerySelector("a[href='/van-ban/quy-che-cu']"));
        Assert.NotNull(related.QuerySelector("a[href='/van-ban/quy-che-moi']"));

        // JSON-LD parses and says the old one no longer stands.
        var ld = JsonDocument.Parse(old.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Legislation", ld.GetProperty("@type").GetString());
        Assert.Equal("10/2024/QĐ-UBND", ld.GetProperty("legislationIdentifier").GetString());
        Assert.Equal("https://schema.org/NotInForce", ld.GetProperty("legislationLegalForce").GetString());
        Assert.Equal("vi", ld.GetProperty("inLanguage").GetString());
        Assert.Equal("98/2023/NĐ-CP", ld.GetProperty("isBasedOn")[0].GetProperty("legislationIdentifier").GetString());

        // The list filter and the API.
        var replaced = await _site.GetDocumentAsync("/van-ban?hieu-luc=bi-thay-the");
        Assert.Single(replaced.QuerySelectorAll("table.doc-table tbody tr"));
        var client = _site.CreateClient();
        var api = JsonNode.Parse(await client.GetStringAsync("/api/documents?status=Replaced"))!;
        Assert.Equal(1, (int)api["total"]!);
        var one = JsonNode.Parse(await client.GetStringAsync("/api/documents/quy-che-cu"))!;
        Assert.Equal("Replaces", (string)one["relations"]!["incoming"]![0]!["kind"]!);
        Assert.Equal("KT.", (string)one["signer"]!["mode"]!);
        Assert.Equal("CHỦ TỊCH", (string)one["signer"]!["signsFor"]!);
        Assert.Equal("ỦY BAN NHÂN DÂN", (string)one["signer"]!["onBehalfOf"]!);
        Assert.Equal("Urgent", (string)one["urgency"]!);
        Assert.Null(one["confidentiality"]);
        Assert.Equal("Phụ lục: Mẫu báo cáo", (string)one["appendices"]![0]!);
        var missing = await client.GetAsync("/api/documents/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_law_cited_by_its_title_and_date_links_to_the_reference_law_entered_later()
    {
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            Document("quy-dinh-tinh", "30/2024/QĐ-UBND", "2024-09-01", "Ban hành Quy định về công tác thi đua, khen thưởng",
                "Căn cứ Luật Thi đua - Khen thưởng ngày 15/6/2022;",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"))));
        Assert.Null((await _site.GetDocumentAsync("/van-ban/quy-dinh-tinh")).QuerySelector("section a[href='/van-ban/luat-2022']"));

        // The law as editors enter it: its title without the date, its number, which the citation leaves out.
        var law = Document("luat-2022", "06/2022/QH15", "2022-06-15", "Luật Thi đua, khen thưởng");
        law["type"] = "Reference";
        law["kind"] = "Luật";
        law["title"] = "Luật Thi đua, khen thưởng năm 2022";
        law["issuer"] = "Quốc hội";
        // Another law passed the same day must not be taken for it.
        var sameDay = Document("luat-khac", "07/2022/QH15", "2022-06-15", "Luật khác");
        sameDay["type"] = "Reference";
        sameDay["title"] = "Luật Sở hữu trí tuệ sửa đổi";
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(law, sameDay)));

        var citing = await _site.GetDocumentAsync("/van-ban/quy-dinh-tinh");
        var link = citing.QuerySelector("section a[href='/van-ban/luat-2022']")!;
        Assert.Equal("Luật Thi đua - Khen thưởng ngày 15/6/2022", link.TextContent);
        Assert.Null(citing.QuerySelector("a[href='/van-ban/luat-khac']"));
        var lawPage = await _site.GetDocumentAsync("/van-ban/luat-2022");
        Assert.NotNull(lawPage.QuerySelector("section.relations a[href='/van-ban/quy-dinh-tinh']"));
        // The cluster whose editors entered the law did not issue it: readers are not told of it.
        Assert.DoesNotContain("Cụm, khối", lawPage.QuerySelector("dl.facts")!.TextContent);
        var references = await _site.GetDocumentAsync("/van-ban?loai=Reference");
        Assert.Equal(2, references.QuerySelectorAll("table.doc-table tbody tr").Length);
        Assert.Empty(references.QuerySelectorAll("table.doc-table .tag"));
        Assert.NotEmpty((await _site.GetDocumentAsync("/van-ban?loai=Document")).QuerySelectorAll("table.doc-table .tag"));
        var api = JsonNode.Parse(await _site.CreateClient().GetStringAsync("/api/documents/quy-dinh-tinh"))!;
        Assert.Contains(api["relations"]!["outgoing"]!.AsArray(), r => (string?)r!["document"]?["slug"] == "luat-2022" && (string)r["kind"]! == "Cites");
    }

    [Fact]
    public async Task A_decision_taking_back_one_award_leaves_the_earlier_decision_partly_in_force()
    {
        JsonObject Award(string recipient) => new() { ["kind"] = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", ["recipientType"] = "Individual", ["recipient"] = recipient };
        var earlier = Document("qd-khen", "2371/QĐ-UBND", "2024-02-29", "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        earlier["type"] = "AwardDecision";
        earlier["year"] = 2023;
        earlier["awards"] = new JsonArray(Award("Nguyễn Văn Hùng"), Award("Lê Thị Mai"));
        // Its text names the earlier decision with a revoking verb and no word of "part": the award lines decide.
        var revoking = Document("qd-huy-bo", "1877/QĐ-UBND", "2025-06-17",
            "Về việc hủy bỏ quyết định khen thưởng tại Quyết định số 2371/QĐ-UBND ngày 29/02/2024 và thu hồi tiền thưởng");
        revoking["type"] = "AwardDecision";
        revoking["year"] = 2025;
        revoking["revokes"] = new JsonArray(new JsonObject { ["decision"] = "qd-khen", ["lines"] = new JsonArray(2) });
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(earlier, revoking)));

        var page = await _site.GetDocumentAsync("/van-ban/qd-khen");
        Assert.Equal("Hết hiệu lực một phần", page.QuerySelector(".status")!.TextContent.Trim());
        var notices = string.Join("\n", page.QuerySelectorAll(".revoked-notice").Select(n => n.TextContent));
        Assert.Contains("Một số khen thưởng trong danh sách đã bị thu hồi", notices);
        Assert.DoesNotContain("Văn bản này đã bị", notices);
        Assert.DoesNotContain("Quyết định này đã bị thu hồi", notices);
        Assert.NotNull(page.QuerySelector("section.relations a[href='/van-ban/qd-huy-bo']"));
        var api = JsonNode.Parse(await _site.CreateClient().GetStringAsync("/api/documents/qd-khen"))!;
        Assert.Equal("PartlyExpired", (string)api["status"]!);
    }

    [Fact]
    public async Task Search_shows_each_documents_status_and_filters_on_it_with_counts_that_hold()
    {
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            Document("quy-che-2024", "10/2024/QĐ-UBND", "2024-03-01", "Ban hành Quy chế thi đua cụm"),
            Document("quy-che-2025", "20/2025/QĐ-UBND", "2025-05-01", "Ban hành Quy chế thi đua cụm mới, thay thế Quyết định số 10/2024/QĐ-UBND"),
            TestRecipes.Conference("hoi-nghi-quy-che", "Hội nghị phổ biến quy chế thi đua cụm"))));
        await _site.ChangeFeedSettledAsync();

        var all = await _site.GetDocumentAsync("/tim-kiem?q=quy+chế+thi+đua");
        Assert.StartsWith("3 kết quả", all.QuerySelector(".result-count")!.TextContent.Trim());
        string? BadgeOf(AngleSharp.Dom.IDocument page, string title) =>
            page.QuerySelectorAll("li.hit").Single(h => h.QuerySelector("a.hit-title")!.TextContent == title).QuerySelector(".status")?.TextContent;
        Assert.Equal("Bị thay thế", BadgeOf(all, "Văn bản quy-che-2024"));
        Assert.Equal("Còn hiệu lực", BadgeOf(all, "Văn bản quy-che-2025"));
        Assert.Null(BadgeOf(all, "Hội nghị phổ biến quy chế thi đua cụm"));
        Assert.Contains("Hiệu lực", all.QuerySelectorAll(".facet h2").Select(h => h.TextContent));

        var replaced = await _site.GetDocumentAsync("/tim-kiem?q=quy+chế+thi+đua&hieu-luc=bi-thay-the");
        Assert.StartsWith("1 kết quả", replaced.QuerySelector(".result-count")!.TextContent.Trim());
        Assert.Equal("quy-che-2024", replaced.QuerySelector("a.hit-title")!.GetAttribute("href")!.Split('/')[^1]);
        Assert.Equal("Bị thay thế", replaced.QuerySelector(".facet strong[aria-current]")!.TextContent);
        // The other facets count within the filter: one document of one type.
        Assert.Equal("Văn bản khác (1)", string.Join(" ", replaced.QuerySelectorAll(".facet")[0].QuerySelector("li")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Empty((await _site.GetDocumentAsync("/tim-kiem?q=quy+chế+thi+đua&hieu-luc=bi-bai-bo")).QuerySelectorAll("li.hit"));
        // A value no filter knows sets nothing.
        Assert.StartsWith("3 kết quả", (await _site.GetDocumentAsync("/tim-kiem?q=quy+chế+thi+đua&hieu-luc=khong-ro")).QuerySelector(".result-count")!.TextContent.Trim());

        var api = JsonNode.Parse(await _site.CreateClient().GetStringAsync("/api/search?q=quy+che+thi+dua&status=Replaced"))!;
        Assert.Equal(1, (int)api["total"]!);
        Assert.Equal("Bị thay thế", (string)api["hits"]![0]!["badge"]!);
        var news = await _site.GetDocumentAsync("/tim-kiem?q=phổ+biến");
        Assert.DoesNotContain("Hiệu lực", news.QuerySelectorAll(".facet h2").Select(h => h.TextContent));
    }
}

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
        Assert.Single(replaced.QuerySelectorAll("li.doc-row"));
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
}

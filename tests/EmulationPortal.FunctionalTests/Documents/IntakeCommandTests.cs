using System.Text.Json.Nodes;

namespace EmulationPortal.FunctionalTests.Documents;

/// <summary><c>intake FILE</c> run as a separate process: the reading as JSON alone on standard output, or a non-zero exit.</summary>
public sealed class IntakeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("emulationportal-intake-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_plan_prints_its_fields_in_the_recipe_formats_names_with_sources()
    {
        var file = Path.Combine(_folder, "ke-hoach.txt");
        await File.WriteAllTextAsync(file, """
            CỤM THI ĐUA SỐ 3
            Số: 4/KH-CTĐ3
            Vinh, ngày 9 tháng 2 năm 2026
            KẾ HOẠCH
            Phong trào thi đua năm 2026
            Căn cứ Hướng dẫn số 5/HD-SNV ngày 1 tháng 2 năm 2026 của Sở Nội vụ;
            Năm 2026, Cụm trưởng: Hội Nông dân tỉnh; Cụm phó: Hội Cựu chiến binh tỉnh.
            - Trước ngày 31/3/2026: các đơn vị đăng ký thi đua.
            Nơi nhận:
            - Các đơn vị trong cụm;
            - Lưu: VT.
            TM. CỤM THI ĐUA SỐ 3
            CỤM TRƯỞNG
            Đặng Thị Mai
            """);

        var (exit, output, _) = await HostCommand.RunSeparatelyAsync("intake", file, $"--Portal:DataPath={Path.Combine(_folder, "data")}");

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("Plan", (string?)json["type"]);
        Assert.Equal("4/KH-CTĐ3", (string?)json["number"]);
        Assert.Equal("2026-02-09", (string?)json["issuedOn"]);
        Assert.Equal("CỤM THI ĐUA SỐ 3", (string?)json["issuer"]);
        Assert.Equal("Phong trào thi đua năm 2026", (string?)json["summary"]);
        Assert.Equal("""{"name":"Đặng Thị Mai","position":"CỤM TRƯỞNG","mode":"TM.","signsFor":"CỤM THI ĐUA SỐ 3","onBehalfOf":null}""",
            json["signer"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Single(json["legalBases"]!.AsArray());
        Assert.Equal(["Các đơn vị trong cụm", "Lưu: VT"], json["recipients"]!.AsArray().Select(r => (string)r!));
        Assert.Equal("2026-03-31", (string?)json["milestones"]![0]!["due"]);
        Assert.Equal("Các đơn vị đăng ký thi đua", (string?)json["milestones"]![0]!["text"]);
        Assert.Equal(("Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"), ((string?)json["leader"], (string?)json["deputy"]));
        Assert.Equal(2, (int)json["sources"]!["number"]!["firstLine"]!);
        Assert.Equal("High", (string?)json["sources"]!["number"]!["confidence"]);
        Assert.Empty(json["notFound"]!.AsArray());
        Assert.Equal("txt", (string?)json["file"]!["format"]);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_exits_non_zero_with_a_message_and_prints_nothing()
    {
        var junk = Path.Combine(_folder, "rac.bin");
        await File.WriteAllBytesAsync(junk, Enumerable.Range(0, 3000).Select(i => (byte)(i * 31 % 256)).ToArray());

        var (exit, output, error) = await HostCommand.RunSeparatelyAsync("intake", junk, $"--Portal:DataPath={Path.Combine(_folder, "data")}");
        var (missingExit, missingOutput, missingError) = await HostCommand.RunSeparatelyAsync("intake", Path.Combine(_folder, "khong-co.pdf"));

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("không phải văn bản đọc được", error);
        Assert.Equal((1, ""), (missingExit, missingOutput));
        Assert.Contains("Cannot open", missingError);
    }
}

using System.Net;
using System.Text;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.TestSupport;

namespace EmulationPortal.FunctionalTests.Documents;

/// <summary>"Nhập từ tệp": the file in, the editor's form prefilled with notes, nothing saved until the editor saves, the file attached.</summary>
public sealed class IntakeEditorTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.BaseSteps();
        TestRecipes.WithUsers(recipe, TestRecipes.Person("canbo", Password, ["Staff"]));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static byte[] PlanDocx() => TestDocx.FromLines(TestDocx.ClusterPlan);

    private static async Task<HttpResponseMessage> UploadAsync(AdminClient client, byte[] bytes, string fileName)
    {
        var token = await client.TokenFromAsync("/admin/van-ban/tao");
        return await client.Http.PostAsync("/admin/van-ban/nhap-tu-tep", new MultipartFormDataContent
        {
            { new StringContent(token), AdminClient.TokenField },
            { new StringContent(TestRecipes.ClusterId), "cum" },
            { new ByteArrayContent(bytes), "intakeFile", fileName },
        });
    }

    private async Task<int> ItemCountAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM content_items";
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_DOCX_prefills_a_plan_with_notes_saves_nothing_and_becomes_the_attachment_on_save()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var before = await ItemCountAsync();

        var read = await UploadAsync(staff, PlanDocx(), "ke-hoach-so-ket.docx");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(before, await ItemCountAsync());
        var page = await PortalFactory.ParseAsync(read);
        var form = page.QuerySelector("form.panel:not(.intake-upload)")!;
        Assert.Equal("Plan", form.QuerySelector("select[name=Type] option[selected]")!.GetAttribute("value"));
        Assert.Equal("21/KH-CTĐ5", form.QuerySelector("input[name=Number]")!.GetAttribute("value"));
        Assert.Equal("2026-03-04", form.QuerySelector("input[name=IssuedOn]")!.GetAttribute("value"));
        Assert.Equal("CỤM THI ĐUA SỐ 5", form.QuerySelector("input[name=Issuer]")!.GetAttribute("value"));
        Assert.Equal("Tổ chức hội nghị sơ kết thi đua năm 2026", form.QuerySelector("input[name=Summary]")!.GetAttribute("value"));
        Assert.Equal("Trịnh Văn Khoa", form.QuerySelector("input[name=SignerName]")!.GetAttribute("value"));
        Assert.Equal("2026-06-20", form.QuerySelector("input[name='Milestones[0].Due']")!.GetAttribute("value"));
        Assert.Equal("Các đơn vị trong cụm\nLưu: VT", form.QuerySelector("textarea[name=Recipients]")!.TextContent);
        var notes = page.QuerySelectorAll(".intake-note").Select(n => n.TextContent).ToList();
        Assert.Contains("Đọc từ dòng 2: «Số: 21/KH-CTĐ5» — chắc chắn", notes);
        Assert.Contains("Đơn vị trưởng cụm, khối theo văn bản: Ủy ban nhân dân xã Vĩnh Lộc", page.QuerySelector(".intake-report")!.TextContent);
        var attachment = form.QuerySelector("input[name='Attachments[0].File']")!.GetAttribute("value")!;
        Assert.EndsWith(".docx", attachment);

        var saved = await staff.PostFormAsync("/admin/van-ban/tao", DocumentsAdminControllerTests.FieldsOf(page)
            .Where(f => f.Key != "cum").ToList());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        var item = await _site.Service<ContentStore>().GetLatestAsync(id);
        Assert.Equal("Plan", item!.Type);
        Assert.Contains(attachment, item.Data);
        Assert.Contains("\"number\":\"21/KH-CTĐ5\"", item.Data);
    }

    [Theory]
    [InlineData("empty", "Chưa chọn tệp, hoặc tệp rỗng.")]
    [InlineData("junk", "không phải văn bản đọc được")]
    [InlineData("bomb", "Không đọc được tệp")]
    public async Task A_hostile_file_gives_a_Vietnamese_message_and_keeps_nothing(string kind, string expected)
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var before = await ItemCountAsync();
        var bytes = kind switch
        {
            "empty" => [],
            "junk" => Enumerable.Range(0, 4000).Select(i => (byte)(i * 31 % 256)).ToArray(),
            _ => Bomb(),
        };

        var response = await UploadAsync(staff, bytes, "tep.docx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(expected, (await PortalFactory.ParseAsync(response)).QuerySelector(".intake-upload")!.TextContent);
        Assert.Equal(before, await ItemCountAsync());
    }

    [Fact]
    public async Task Someone_not_signed_in_cannot_read_a_file()
    {
        var anonymous = AdminClient.Anonymous(_site);
        var response = await anonymous.Http.PostAsync("/admin/van-ban/nhap-tu-tep", new MultipartFormDataContent
        {
            { new ByteArrayContent(PlanDocx()), "intakeFile", "ke-hoach.docx" },
        });

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    // 40 million characters of text in a few dozen kilobytes.
    private static byte[] Bomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open(), Encoding.UTF8);
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
            writer.Write(new string('a', 40_000_000));
            writer.Write("</w:t></w:r></w:p></w:body></w:document>");
        }
        return stream.ToArray();
    }
}

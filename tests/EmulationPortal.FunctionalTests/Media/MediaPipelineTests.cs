using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.Media.Services;

namespace EmulationPortal.FunctionalTests.Media;

/// <summary>Photos and attachments from upload to public page, over the real store, queue and tools.</summary>
public sealed class MediaPipelineTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private readonly TestImages _images = new();
    private PortalFactory _site = null!;

    public async Task InitializeAsync() => _site = await NewSiteAsync(runWorker: true);

    private static async Task<PortalFactory> NewSiteAsync(bool runWorker)
    {
        var site = new PortalFactory(PortalFactory.NewDataPath(), demoContent: false, new Dictionary<string, string>
        {
            ["Portal:Jobs:PollSeconds"] = "0.2",
            ["Portal:Jobs:RunWorker"] = runWorker ? "true" : "false",
        }, ownsDataPath: true);
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(TestRecipes.WithContent(),
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("canbo", Password, ["Staff"]))));
        return site;
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        _images.Dispose();
        return Task.CompletedTask;
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    private async Task<HttpResponseMessage> UploadAsync(AdminClient client, byte[] bytes, string fileName)
    {
        var token = await client.TokenFromAsync("/admin/tin-tuc/tao");
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media/tai-len") { Content = Upload(bytes, fileName) };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.Http.SendAsync(request);
    }

    private async Task WaitForJobsAsync()
    {
        var queue = _site.Service<JobQueue>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await queue.ListAsync()).Any(j => j.Status == JobQueue.Pending) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.All(await queue.ListAsync(), job => Assert.Equal(JobQueue.Done, job.Status));
    }

    [ToolFact("vipsthumbnail", "prlimit")]
    public async Task A_phone_photo_becomes_upright_metadata_free_renditions_shown_responsively_and_its_original_stays_with_staff()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var upload = await UploadAsync(editor, File.ReadAllBytes(_images.PhoneJpeg()), "IMG_2041.jpg");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var key = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
        var saved = await editor.PostFormAsync("/admin/tin-tuc/tao", new Dictionary<string, string>
        {
            ["Title"] = "Hội nghị có ảnh điện thoại", ["ClusterId"] = TestRecipes.ClusterId, ["Date"] = "2026-01-21",
            ["Location"] = "Đô Lương", ["Body"] = "Nội dung.", ["Photos[0].File"] = key, ["Photos[0].Caption"] = "Toàn cảnh hội nghị",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/').Last();
        await WaitForJobsAsync();
        var reviewer = await AdminClient.LoginAsync(_site, "canbo", Password);
        await reviewer.PostFormAsync($"/admin/noi-dung/{id}/chuyen", new Dictionary<string, string> { ["action"] = "Publish" });

        var page = await _site.GetDocumentAsync("/tin-tuc/hoi-nghi-co-anh-dien-thoai");
        var picture = page.QuerySelector(".lead-photo picture")!;
        Assert.Contains($"/media/anh/{key}/480.webp 480w", picture.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"));
        var image = picture.QuerySelector("img")!;
        Assert.Equal("Toàn cảnh hội nghị", image.GetAttribute("alt"));
        Assert.True(int.Parse(image.GetAttribute("width")!) > int.Parse(image.GetAttribute("height")!), "the rendition is landscape, as the photo was taken");
        var client = _site.CreateClient();
        foreach (var width in new[] { 480, 960 })
        {
            foreach (var format in new[] { "webp", "jpg" })
            {
                var response = await client.GetAsync($"/media/anh/{key}/{width}.{format}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
                Assert.False(MetadataStripper.HasMetadata(await response.Content.ReadAsByteArrayAsync(), format), $"{width}.{format} carries metadata");
            }
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/media/{key}")).StatusCode);
    }

    [Fact]
    public async Task Before_its_renditions_exist_a_photo_is_shown_from_its_original_cleaned_of_metadata()
    {
        using var waiting = await NewSiteAsync(runWorker: false);
        var editor = await AdminClient.LoginAsync(waiting, "bientap", Password);
        var jpeg = File.ReadAllBytes(_images.PhoneJpeg("gps.jpg"));
        Assert.True(MetadataStripper.HasMetadata(jpeg, "jpg"));
        var upload = await UploadAsync(editor, jpeg, "gps.jpg");
        var key = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;

        var response = await waiting.CreateClient().GetAsync($"/media/anh/{key}/960.jpg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.False(MetadataStripper.HasMetadata(await response.Content.ReadAsByteArrayAsync(), "jpg"));
    }

    [Theory]
    [InlineData("svg", "anh.svg")]
    [InlineData("html", "anh-hoi-nghi.jpg")]
    [InlineData("truncated", "cat-ngang.jpg")]
    [InlineData("bomb", "bom.png")]
    [InlineData("photo", "../../etc/cron.d/anh.jpg")]
    public async Task Files_that_are_not_safe_images_or_documents_are_refused_in_Vietnamese_and_nothing_is_recorded(string kind, string name)
    {
        var bytes = kind switch
        {
            "svg" => System.Text.Encoding.UTF8.GetBytes(TestImages.SvgWithScript),
            "html" => System.Text.Encoding.UTF8.GetBytes(TestImages.HtmlPage),
            "truncated" => File.ReadAllBytes(_images.PhoneJpeg("whole.jpg"))[..2000],
            "bomb" => TestImages.PngBomb(30000, 30000),
            _ => File.ReadAllBytes(_images.PhoneJpeg("hop-le.jpg")),
        };
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var response = await UploadAsync(editor, bytes, name);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Matches("(không phải ảnh|bị hỏng|quá lớn|không hợp lệ)", detail);
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM media_files"));
    }

    [Fact]
    public async Task Without_JavaScript_photos_come_with_the_form_and_are_ordered_and_removed_by_its_buttons()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var token = await editor.TokenFromAsync("/admin/tin-tuc/tao");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Bài có ảnh gửi kèm"), "Title" },
            { new StringContent(TestRecipes.ClusterId), "ClusterId" },
            { new StringContent("2026-01-20"), "Date" },
            { new StringContent("Nội dung."), "Body" },
        };
        foreach (var name in new[] { "mot.png", "hai.png" })
        {
            var file = new ByteArrayContent(File.ReadAllBytes(_images.Photo(name, 800 + name.Length, 600)));
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "NewPhotos", name);
        }

        var missingCaptions = await editor.Http.PostAsync("/admin/tin-tuc/tao", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingCaptions.StatusCode);
        var page = await PortalFactory.ParseAsync(missingCaptions);
        var files = page.QuerySelectorAll("input[name^='Photos['][name$='].File']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(2, files.Count);
        Assert.Contains("Ảnh thứ 1: chú thích", page.QuerySelector(".error-box")!.TextContent);

        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Bài có ảnh gửi kèm", ["ClusterId"] = TestRecipes.ClusterId, ["Date"] = "2026-01-20", ["Body"] = "Nội dung.",
            ["Photos[0].File"] = files[0], ["Photos[0].Caption"] = "Ảnh một", ["Photos[1].File"] = files[1], ["Photos[1].Caption"] = "Ảnh hai",
            ["MediaCommand"] = "photo-up:1",
        };
        var reordered = await PortalFactory.ParseAsync(await editor.PostFormAsync("/admin/tin-tuc/tao", fields));
        Assert.Equal(["Ảnh hai", "Ảnh một"], reordered.QuerySelectorAll("input[name$='].Caption']").Select(i => i.GetAttribute("value")));

        fields["MediaCommand"] = "photo-remove:0";
        var removed = await PortalFactory.ParseAsync(await editor.PostFormAsync("/admin/tin-tuc/tao", fields));
        Assert.Equal(["Ảnh hai"], removed.QuerySelectorAll("input[name$='].Caption']").Select(i => i.GetAttribute("value")));
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
    }

    [ToolFact("pdftotext")]
    public async Task An_attachment_is_downloaded_under_its_Vietnamese_name_and_its_text_is_read_for_search()
    {
        var pdf = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes", "demo", "files"), "*.pdf").Order().First();
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var upload = await UploadAsync(editor, File.ReadAllBytes(pdf), "Kế hoạch năm 2025.pdf");
        var answer = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement;
        var key = answer.GetProperty("key").GetString()!;
        Assert.Equal("Kế hoạch năm 2025", answer.GetProperty("title").GetString());

        var download = await _site.CreateClient().GetAsync($"/media/{key}?ten={Uri.EscapeDataString("Kế hoạch năm 2025")}");

        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Kế hoạch năm 2025.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        await WaitForJobsAsync();
        var text = await _site.Service<EmulationPortal.Core.Media.IMediaLibrary>().TextAsync(key);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
    }
}

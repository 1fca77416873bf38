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

    /// <summary>
    /// Queued, or failed for good: either way the photo's addresses answer with the same few hundred
    /// bytes, whatever the original's size, and never sideways (the original's orientation is metadata).
    /// </summary>
    [Fact]
    public async Task Until_its_renditions_exist_a_photo_s_addresses_serve_a_small_placeholder_never_the_original()
    {
        using var waiting = await NewSiteAsync(runWorker: false);
        var editor = await AdminClient.LoginAsync(waiting, "bientap", Password);
        var jpeg = File.ReadAllBytes(_images.PhoneJpeg("gps.jpg", width: 4000, height: 3000));
        var upload = await UploadAsync(editor, jpeg, "gps.jpg");
        var key = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
        var client = waiting.CreateClient();

        foreach (var queued in new[] { true, false })
        {
            if (!queued)
            {
                await using var connection = await waiting.OpenDatabaseAsync();
                await connection.ExecuteAsync("UPDATE background_jobs SET status = 'Failed', attempts = 3 WHERE subject = @key", new { key });
            }
            foreach (var address in new[] { "480.webp", "960.jpg", "1600.jpg" })
            {
                var response = await client.GetAsync($"/media/anh/{key}/{address}");

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
                Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
                Assert.Equal(PhotoPlaceholder.Svg, await response.Content.ReadAsByteArrayAsync());
            }
        }
        Assert.True(PhotoPlaceholder.Svg.Length < 1024 && jpeg.Length > 100 * PhotoPlaceholder.Svg.Length);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/anh/{new string('0', 64)}.jpg/480.jpg")).StatusCode);
    }

    [Fact]
    public async Task A_form_naming_a_file_the_store_does_not_hold_is_refused_in_Vietnamese_with_the_text_kept()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var pdf = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes", "demo", "files"), "*.pdf").Order().First();
        var upload = await UploadAsync(editor, File.ReadAllBytes(pdf), "ke-hoach.pdf");
        var document = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;

        var response = await editor.PostFormAsync("/admin/tin-tuc/tao", new Dictionary<string, string>
        {
            ["Title"] = "Bài có ảnh không tồn tại", ["ClusterId"] = TestRecipes.ClusterId, ["Date"] = "2026-01-21",
            ["Body"] = "Nội dung người viết đã gõ.", ["Photos[0].File"] = new string('0', 64) + ".jpg", ["Photos[0].Caption"] = "Ảnh",
            ["Photos[1].File"] = document, ["Photos[1].Caption"] = "Không phải ảnh",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var errors = page.QuerySelector(".error-box")!.TextContent;
        Assert.Contains("Ảnh thứ 1: tệp", errors);
        Assert.Contains("không có trong kho tệp", errors);
        Assert.Contains("Ảnh thứ 2: tệp", errors);
        Assert.Contains("không phải là ảnh", errors);
        Assert.Equal("Bài có ảnh không tồn tại", page.QuerySelector("input[name='Title']")!.GetAttribute("value"));
        Assert.Equal("Nội dung người viết đã gõ.", page.QuerySelector("textarea[name='Body']")!.TextContent.Trim());
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
    }

    [Theory]
    [InlineData("svg", "anh.svg")]
    [InlineData("html", "anh-hoi-nghi.jpg")]
    [InlineData("truncated", "cat-ngang.jpg")]
    [InlineData("bomb", "bom.png")]
    [InlineData("12-bit", "anh-12bit.jpg")]
    [InlineData("photo", "../../etc/cron.d/anh.jpg")]
    public async Task Files_that_are_not_safe_images_or_documents_are_refused_in_Vietnamese_and_nothing_is_recorded(string kind, string name)
    {
        var bytes = kind switch
        {
            "svg" => System.Text.Encoding.UTF8.GetBytes(TestImages.SvgWithScript),
            "html" => System.Text.Encoding.UTF8.GetBytes(TestImages.HtmlPage),
            "truncated" => File.ReadAllBytes(_images.PhoneJpeg("whole.jpg"))[..2000],
            "bomb" => TestImages.PngBomb(30000, 30000),
            "12-bit" => TwelveBit(File.ReadAllBytes(_images.Photo("tam-bit.jpg", 640, 480))),
            _ => File.ReadAllBytes(_images.PhoneJpeg("hop-le.jpg")),
        };
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);

        var response = await UploadAsync(editor, bytes, name);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Matches("(không phải ảnh|bị hỏng|quá lớn|không hợp lệ|12 bit)", detail);
        await using var connection = await _site.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM media_files"));
    }

    /// <summary>The frame header of an 8-bit JPEG made to say 12 bits, as a 12-bit file's does.</summary>
    private static byte[] TwelveBit(byte[] jpeg)
    {
        jpeg[jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]) + 4] = 12;
        return jpeg;
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

    /// <summary>
    /// Public (and cached for a year) only once live content names it: before that the attachment is its
    /// cluster's people's and Staff's, never stored by a shared cache, and unknown to everyone else.
    /// </summary>
    [ToolFact("pdftotext")]
    public async Task An_attachment_is_public_only_once_published_content_names_it_and_its_text_is_read_for_search()
    {
        var pdf = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes", "demo", "files"), "*.pdf").Order().First();
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var upload = await UploadAsync(editor, File.ReadAllBytes(pdf), "Kế hoạch\u202Efdp.exe năm 2025.pdf");
        var answer = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement;
        var key = answer.GetProperty("key").GetString()!;
        Assert.Equal("Kế hoạchfdp.exe năm 2025", answer.GetProperty("title").GetString());
        var address = $"/media/{key}?ten={Uri.EscapeDataString("Kế hoạch năm 2025")}";
        var anonymous = _site.CreateClient();

        var justUploaded = await editor.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, justUploaded.StatusCode);
        Assert.True(justUploaded.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(address)).StatusCode);

        var saved = await editor.PostFormAsync("/admin/tin-tuc/tao", new Dictionary<string, string>
        {
            ["Title"] = "Hội nghị có kế hoạch", ["ClusterId"] = TestRecipes.ClusterId, ["Date"] = "2026-01-21",
            ["Body"] = "Nội dung.", ["Attachments[0].File"] = key, ["Attachments[0].Title"] = "Kế hoạch năm 2025",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await editor.GetAsync(address);
        Assert.True(draft.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(address)).StatusCode);
        var otherCluster = TestRecipes.BaseSteps();
        var clusters = otherCluster["steps"]![1]!["clusters"]!.AsArray();
        var other = clusters[0]!.DeepClone().AsObject();
        other["id"] = "cum-khac";
        other["slug"] = "cum-khac";
        other["number"] = 98;
        other["name"] = "Cụm khác";
        clusters.Add(other);
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(otherCluster,
            TestRecipes.Person("nguoikhac", Password, null, ("cum-khac", "Editor")))));
        var outsider = await AdminClient.LoginAsync(_site, "nguoikhac", Password);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(address)).StatusCode);

        var reviewer = await AdminClient.LoginAsync(_site, "canbo", Password);
        var id = saved.Headers.Location!.OriginalString.Split('/').Last();
        await reviewer.PostFormAsync($"/admin/noi-dung/{id}/chuyen", new Dictionary<string, string> { ["action"] = "Publish" });
        var download = await anonymous.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("max-age=31536000", download.Headers.CacheControl!.ToString());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Kế hoạch năm 2025.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        await WaitForJobsAsync();
        var text = await _site.Service<EmulationPortal.Core.Media.IMediaLibrary>().TextAsync(key);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
    }
}

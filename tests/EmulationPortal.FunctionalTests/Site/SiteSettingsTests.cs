using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.TestSupport;

namespace EmulationPortal.FunctionalTests.Site;

/// <summary>
/// Who runs the portal and how to reach them (Decree 42/2022/NĐ-CP): set by administrators at /admin/thong-tin-cong,
/// shown in every page's footer, on /lien-he, /gioi-thieu and /en, and as GovernmentOrganization JSON-LD.
/// </summary>
public sealed class SiteSettingsTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string Page = "/admin/thong-tin-cong";
    private const string Agency = "Ban Thi đua – Khen thưởng tỉnh Hà Tĩnh";
    private const string Address = "Số 9 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh";

    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);
    private readonly TestImages _images = new();

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.BaseSteps();
        TestRecipes.WithUsers(recipe, TestRecipes.Person("quantri", Password, ["Administrator"]),
            TestRecipes.Person("canbo", Password, ["Staff"]), TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _images.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static Dictionary<string, string> Filled() => new()
    {
        ["SiteName"] = "Cổng thông tin Thi đua – Khen thưởng tỉnh Hà Tĩnh",
        ["Agency"] = Agency,
        ["Address"] = Address,
        ["Phone"] = "+84 239 3855 123",
        ["Email"] = "tdkt@hatinh.example.vn",
        ["ContentManager"] = "Lê Thị Thu Hà",
        ["ContentManagerPosition"] = "Trưởng Ban",
        ["Licence"] = "Giấy phép số 07/GP-TTĐT ngày 02/4/2025",
    };

    /// <summary>The settings form as a browser sends it: multipart, with the person's antiforgery token and maybe a file.</summary>
    private static async Task<HttpResponseMessage> PostAsync(AdminClient client, IDictionary<string, string> fields, string? file = null)
    {
        var token = await client.TokenFromAsync(client.TokenPage);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        form.Add(new StringContent(token), AdminClient.TokenField);
        if (file is not null)
        {
            var bytes = new ByteArrayContent(File.ReadAllBytes(file));
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(bytes, "LogoFile", Path.GetFileName(file));
        }
        return await client.Http.PostAsync(Page, form);
    }

    private static JsonObject OrganizationOf(IDocument page)
    {
        var scripts = page.QuerySelectorAll("head script[type='application/ld+json']").Select(s => JsonNode.Parse(s.TextContent)!).ToList();
        return Assert.Single(scripts, s => s is JsonObject o && (string?)o["@type"] == "GovernmentOrganization").AsObject();
    }

    [Fact]
    public async Task An_administrator_saves_the_contacts_and_logo_and_every_page_shows_them()
    {
        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);
        var saved = await PostAsync(admin, Filled(), _images.Photo("logo.png", 300, 200));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await _site.ChangeFeedSettledAsync();

        var profile = await _site.Service<SiteSettings>().ProfileAsync();
        Assert.Equal(Agency, profile.Agency);
        Assert.Equal(MediaKind.Image, _site.Service<IMediaStore>().Describe(profile.LogoKey!)!.Kind);

        var home = await _site.GetDocumentAsync("/");
        var footer = home.QuerySelector("footer.site-footer")!;
        Assert.Contains(Agency, footer.TextContent);
        Assert.Contains(Address, footer.TextContent);
        Assert.Contains("Lê Thị Thu Hà, Trưởng Ban", footer.TextContent);
        Assert.Contains("Giấy phép số 07/GP-TTĐT", footer.TextContent);
        Assert.Equal("+84 239 3855 123", footer.QuerySelector("a[href='tel:+842393855123']")!.TextContent);
        Assert.NotNull(footer.QuerySelector("a[href='mailto:tdkt@hatinh.example.vn']"));
        foreach (var link in new[] { "/lien-he", "/gioi-thieu", "/en", "/lich", "/lay-y-kien" })
        {
            Assert.NotNull(footer.QuerySelector($"a[href='{link}']"));
        }

        var contact = await _site.GetDocumentAsync("/lien-he");
        var card = contact.QuerySelector(".contact-card")!;
        Assert.Contains("Cổng thông tin Thi đua – Khen thưởng tỉnh Hà Tĩnh", card.QuerySelector("h2")!.TextContent);
        Assert.Contains(Address, card.TextContent);
        Assert.Contains($"/media/anh/{profile.LogoKey}/", card.QuerySelector(".contact-logo img")!.GetAttribute("src"));
        Assert.NotNull(contact.QuerySelector("main a[href='/lay-y-kien']"));

        var english = await _site.GetDocumentAsync("/en");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains($"Run by: {Agency}", english.QuerySelector("main")!.TextContent);
        Assert.NotNull(english.QuerySelector("main a[href='mailto:tdkt@hatinh.example.vn']"));
        Assert.Equal("vi", (await _site.GetDocumentAsync("/lien-he")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_home_and_contact_pages_describe_the_portal_as_a_government_organization()
    {
        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, Filled(), _images.Photo("logo.png", 300, 200))).StatusCode);
        await _site.ChangeFeedSettledAsync();

        foreach (var address in new[] { "/", "/lien-he" })
        {
            var organization = OrganizationOf(await _site.GetDocumentAsync(address));
            Assert.Equal("https://schema.org", (string?)organization["@context"]);
            Assert.Equal("Cổng thông tin Thi đua – Khen thưởng tỉnh Hà Tĩnh", (string?)organization["name"]);
            Assert.Equal("http://localhost/", (string?)organization["url"]);
            Assert.Equal(Agency, (string?)organization["parentOrganization"]!["name"]);
            Assert.Equal("PostalAddress", (string?)organization["address"]!["@type"]);
            Assert.Equal(Address, (string?)organization["address"]!["streetAddress"]);
            Assert.Equal("+84 239 3855 123", (string?)organization["telephone"]);
            Assert.Equal("tdkt@hatinh.example.vn", (string?)organization["email"]);
            var logo = new Uri((string)organization["logo"]!);
            Assert.True(logo.IsAbsoluteUri);
            Assert.Equal(HttpStatusCode.OK, (await _site.CreateClient().GetAsync(logo.PathAndQuery)).StatusCode);
        }
    }

    [Fact]
    public async Task Without_settings_the_pages_leave_the_lines_out_and_the_json_ld_keeps_what_it_has()
    {
        var footer = (await _site.GetDocumentAsync("/")).QuerySelector("footer.site-footer")!;
        Assert.Empty(footer.QuerySelectorAll(".site-contact p"));
        Assert.DoesNotContain("Điện thoại", footer.TextContent);
        var contact = await _site.GetDocumentAsync("/lien-he");
        Assert.Null(contact.QuerySelector(".contact-logo"));
        Assert.Contains("đang được cập nhật", contact.QuerySelector(".contact-card")!.TextContent);

        var organization = OrganizationOf(contact);
        Assert.Equal(SiteSettings.DefaultSiteName, (string?)organization["name"]);
        foreach (var absent in new[] { "parentOrganization", "address", "telephone", "email", "logo" })
        {
            Assert.False(organization.ContainsKey(absent), absent);
        }
    }

    [Theory]
    [InlineData("Email", "tdkt@@hatinh", "Địa chỉ thư điện tử không hợp lệ.")]
    [InlineData("Phone", "gọi số 0239", "Số điện thoại chỉ gồm chữ số")]
    [InlineData("Agency", null, "Tên cơ quan chủ quản dài quá 200 ký tự.")]
    [InlineData("SiteName", "", "Chưa nhập tên cổng thông tin.")]
    public async Task A_bad_value_is_refused_in_vietnamese_and_the_form_keeps_what_was_typed(string field, string? value, string message)
    {
        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);
        var fields = Filled();
        fields[field] = value ?? new string('x', 201);

        var response = await PostAsync(admin, fields, _images.Photo("logo.png", 300, 200));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".error-box")!.TextContent);
        foreach (var (name, typed) in fields)
        {
            Assert.Equal(typed, page.QuerySelector($"input[name={name}]")!.GetAttribute("value") ?? "");
        }
        // The logo sent with the refused form comes back stored, so it need not be chosen again.
        var logoKey = page.QuerySelector("input[name=LogoKey]")!.GetAttribute("value")!;
        Assert.Equal(MediaKind.Image, _site.Service<IMediaStore>().Describe(logoKey)!.Kind);
        Assert.Null((await _site.Service<SiteSettings>().ProfileAsync()).Agency);
    }

    [Fact]
    public async Task A_logo_that_is_not_an_image_is_refused_and_nothing_is_saved()
    {
        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);
        var notAnImage = Path.Combine(_site.DataPath, "logo.png");
        await File.WriteAllTextAsync(notAnImage, "<html><script>alert(1)</script></html>");

        var response = await PostAsync(admin, Filled(), notAnImage);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelector("input[name=LogoFile] + .field-error")!.TextContent.Trim());
        Assert.Equal(Agency, page.QuerySelector("input[name=Agency]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("input[name=LogoKey]"));
        Assert.Null((await _site.Service<SiteSettings>().ProfileAsync()).Agency);
    }

    [Theory]
    [InlineData("canbo")]
    [InlineData("bientap")]
    public async Task Only_administrators_set_the_site_settings(string userName)
    {
        using var person = await AdminClient.LoginAsync(_site, userName, Password);
        Assert.DoesNotContain(Page, await (await person.GetAsync("/admin")).Content.ReadAsStringAsync());
        foreach (var response in new[] { await person.GetAsync(Page), await PostAsync(person, Filled()) })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/admin/khong-co-quyen", response.Headers.Location!.OriginalString);
        }
        Assert.Null((await _site.Service<SiteSettings>().ProfileAsync()).Agency);

        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);
        Assert.Contains(Page, await (await admin.GetAsync("/admin")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_settings_and_the_logo_travel_through_a_recipe_export_and_import()
    {
        using (var admin = await AdminClient.LoginAsync(_site, "quantri", Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, Filled(), _images.Photo("logo.png", 300, 200))).StatusCode);
        }
        var folder = PortalFactory.NewDataPath();
        var first = Path.Combine(folder, "a", "site.recipe.json");
        var second = Path.Combine(folder, "b", "site.recipe.json");
        await _site.Service<RecipeExecutor>().ExportAsync(first);
        var original = await _site.Service<SiteSettings>().ProfileAsync();

        using var moved = PortalFactory.Fresh(demoContent: false);
        await moved.Service<RecipeExecutor>().RunAsync(first);
        await moved.Service<RecipeExecutor>().ExportAsync(second);

        var settings = JsonNode.Parse(File.ReadAllText(first))!["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Settings")!;
        Assert.Equal($"media/{original.LogoKey}", (string?)settings["logo"]);
        Assert.True(File.Exists(Path.Combine(folder, "a", "media", original.LogoKey!)));
        Assert.Equal(original, await moved.Service<SiteSettings>().ProfileAsync());
        Assert.NotNull(moved.Service<IMediaStore>().Describe(original.LogoKey!));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(File.ReadAllText(first))!["steps"]![0], JsonNode.Parse(File.ReadAllText(second))!["steps"]![0]));
        Assert.Contains(Agency, (await moved.GetDocumentAsync("/lien-he")).QuerySelector(".contact-card")!.TextContent);
    }

    [Fact]
    public async Task The_about_page_lists_the_clusters_and_the_new_pages_are_in_the_sitemap()
    {
        var about = await _site.GetDocumentAsync("/gioi-thieu");
        Assert.Contains(about.QuerySelectorAll(".about-clusters a"), a => a.GetAttribute("href") == $"/cum-thi-dua/{TestRecipes.ClusterSlug}");
        Assert.Equal("vi", about.DocumentElement.GetAttribute("lang"));

        var sitemap = await _site.CreateClient().GetStringAsync("/sitemap.xml");
        foreach (var page in new[] { "/lien-he", "/gioi-thieu", "/en" })
        {
            Assert.Contains($"<loc>http://localhost{page}</loc>", sitemap);
        }
    }
}

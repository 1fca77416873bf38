using System.Text.RegularExpressions;

namespace EmulationPortal.UnitTests.Architecture;

/// <summary>
/// Internal links, form actions, redirects and addresses made in code come from route names, so a route's template is
/// written once, on its action. What cannot be a route stays allowed: fragments (<c>#…</c>), other sites, static assets
/// addressed with <c>~/</c>, and the few paths of <see cref="AllowedPaths"/>.
/// </summary>
public sealed partial class LinkTests
{
    /// <summary>Folders whose views and controllers serve pages: the modules, the host, the themes and the test module.</summary>
    private static IEnumerable<string> WebFolders() =>
        new[] { Path.Combine(SourceTree.Root, "src"), Path.Combine(SourceTree.Root, "themes") }
            .Concat(Directory.GetDirectories(Path.Combine(SourceTree.Root, "tests"), "TestModules.*"));

    private static IEnumerable<string> Files(string pattern) =>
        WebFolders()
            .SelectMany(folder => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
            .Where(file => !Path.GetRelativePath(SourceTree.Root, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static List<string> Offenders(string pattern, Regex rule) => Offenders(Files(pattern), rule.IsMatch);

    private static List<string> Offenders(IEnumerable<string> files, Func<string, bool> offends) =>
        files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(hit => offends(hit.line))
            .Select(hit => $"{Path.GetRelativePath(SourceTree.Root, hit.file)}:{hit.number}: {hit.line.Trim()}")
            .ToList();

    [Fact]
    public void No_view_writes_an_internal_href_by_hand()
    {
        var offenders = Offenders("*.cshtml", HardCodedHref());
        Assert.True(offenders.Count == 0, "Hard-coded internal links (use asp-route with a route name):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void No_form_posts_to_a_path_written_by_hand()
    {
        var offenders = Offenders("*.cshtml", HardCodedFormAction());
        Assert.True(offenders.Count == 0, "Hard-coded form actions (use asp-route with a route name):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void No_code_writes_an_internal_path_by_hand()
    {
        var offenders = Offenders(
            Files("*.cs").Concat(Files("*.cshtml"))
                .Where(file => !AllowedFiles.Contains(Path.GetRelativePath(SourceTree.Root, file).Replace(Path.DirectorySeparatorChar, '/'))),
            IsHandWrittenPath);
        Assert.True(offenders.Count == 0, "Paths written by hand in code (use a route name: LinkGenerator, Url.RouteUrl, ContentLinks):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void No_script_calls_a_path_written_by_hand()
    {
        // Scripts take the addresses they call from the page (data-url, made from a route name).
        var offenders = Offenders("*.js", ScriptPath());
        Assert.True(offenders.Count == 0, "Scripts calling hand-written paths (give them a data-url from asp-route/Url.RouteUrl):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void No_controller_redirects_to_a_path_written_by_hand()
    {
        var offenders = Offenders("*.cs", HardCodedRedirect());
        Assert.True(offenders.Count == 0, "Redirects to hand-written paths (use RedirectToRoute with a route name):\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("<a href=\"/\">Trang chủ</a>")]
    [InlineData("<a class=\"tag\" href=\"/cum-thi-dua/@Model.Cluster.Slug\">")]
    [InlineData("<a href='/van-ban'>")]
    public void The_href_rule_sees_a_hand_written_path(string line) => Assert.Matches(HardCodedHref(), line);

    [Theory]
    [InlineData("<a href=\"#noi-dung\">")]
    [InlineData("<a href=\"https://chinhphu.vn\">")]
    [InlineData("<a href=\"//chinhphu.vn\">")]
    [InlineData("<a href=\"~/css/site.css\" asp-append-version=\"true\">")]
    [InlineData("<a asp-route=\"@PortalRoutes.Home\">")]
    [InlineData("<a href=\"@item.Url\">")]
    public void The_href_rule_lets_through_what_cannot_be_a_route(string line) => Assert.DoesNotMatch(HardCodedHref(), line);

    [Theory]
    [InlineData("return Redirect(\"/admin\");")]
    [InlineData("return Redirect($\"/admin/noi-dung/{id}\");")]
    [InlineData("return LocalRedirect(ok ? returnUrl : \"/admin\");")]
    public void The_redirect_rule_sees_a_hand_written_path(string line) => Assert.Matches(HardCodedRedirect(), line);

    [Theory]
    [InlineData("<form method=\"post\" asp-antiforgery=\"true\" action=\"/admin/noi-dung/@item.Id/chuyen\">")]
    [InlineData("<form class=\"filters\" method=\"get\" action='/tin-tuc'>")]
    [InlineData("<button type=\"submit\" formaction=\"/admin/nguoi-dung/@Model.Id/khoa\">")]
    public void The_form_action_rule_sees_a_hand_written_path(string line) => Assert.Matches(HardCodedFormAction(), line);

    [Theory]
    [InlineData("<form method=\"post\" asp-route=\"@Routes.AdminContentRestore\" asp-route-id=\"@item.Id\">")]
    [InlineData("<form action=\"https://chinhphu.vn/tim-kiem\">")]
    [InlineData("<button type=\"submit\" data-action=\"@action\">")]
    public void The_form_action_rule_lets_through_what_cannot_be_a_route(string line) => Assert.DoesNotMatch(HardCodedFormAction(), line);

    [Theory]
    [InlineData("public override string PublicUrl(string slug) => $\"/tin-tuc/{slug}\";")]
    [InlineData("yield return new AdminMenuItem(\"Người dùng\", \"/admin/nguoi-dung\", 80);")]
    [InlineData("var pager = new PagerModel(Model.Page.Page, Model.Page.PageCount, \"/van-ban\", query);")]
    [InlineData("<form method=\"post\" action=\"@(Model.Id is null ? \"/admin/tin-tuc/tao\" : $\"/admin/tin-tuc/{Model.Id}/sua\")\">")]
    [InlineData("item.Url != \"/admin\" && path.StartsWith(item.Url, StringComparison.Ordinal)")]
    public void The_code_rule_sees_a_hand_written_path(string line) => Assert.True(IsHandWrittenPath(line), line);

    [Theory]
    [InlineData("[HttpGet(\"/tin-tuc/{slug}\", Name = Routes.Details)]")]
    [InlineData("[Route(\"/admin/noi-dung\")]")]
    [InlineData("endpoints.MapGet(\"/media/{key}\", ServeOriginalAsync);")]
    [InlineData("app.MapHealthChecks(\"/health/live\", new() { Predicate = _ => false });")]
    [InlineData("app.UseStatusCodePagesWithReExecute(\"/loi/{0}\");")]
    [InlineData("if (!context.Request.Path.StartsWithSegments(\"/api\"))")]
    [InlineData("public string PhotoUrl(string key, int width, string format) => $\"/media/anh/{key}/{width}.{format}\";")]
    [InlineData("/// <summary>The search page (<c>/tim-kiem</c>) and its JSON twin.</summary>")]
    [InlineData("return new IPAddress(bytes) + \"/64\";")]
    [InlineData("<a href=\"/van-ban\">")]
    public void The_code_rule_lets_through_templates_path_tests_and_the_allowed_paths(string line) => Assert.False(IsHandWrittenPath(line), line);

    /// <summary>
    /// Addresses no route makes: the media store's (content-addressed files and their renditions, made by the
    /// store that keeps them, many to a page).
    /// </summary>
    private static readonly string[] AllowedPaths = ["/media/"];

    /// <summary>
    /// Users' start-up holds the sign-in, sign-out and access-denied templates once for both their actions' attributes and
    /// the cookie handler, whose options take paths, not route names.
    /// </summary>
    private static readonly HashSet<string> AllowedFiles = ["src/Modules/EmulationPortal.Users/Startup.cs"];

    /// <summary>
    /// A string in code that starts like an internal path, outside comments and outside the places a path is a template
    /// or a test of the request's path (route attributes, endpoint mappings, middleware options, StartsWith…).
    /// </summary>
    private static bool IsHandWrittenPath(string line)
    {
        var code = line.TrimStart();
        if (code.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }
        return PathLiteral().Matches(TemplateOrPathTest().Replace(code, "")).Any(match => !AllowedPaths.Any(allowed => match.Groups["path"].Value.StartsWith(allowed, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("const response = await fetch(\"/admin/markdown\", {")]
    [InlineData("request.open('POST', '/admin/media/tai-len');")]
    [InlineData("location.href = `/tin-tuc/${slug}`;")]
    public void The_script_rule_sees_a_hand_written_path(string line) => Assert.Matches(ScriptPath(), line);

    [Theory]
    [InlineData("request.open(\"POST\", input.dataset.url);")]
    [InlineData("input.name = input.name.replace(/\\[\\d+\\]/, `[${index}]`);")]
    [InlineData("// Small enhancements; every form works without them.")]
    public void The_script_rule_lets_through_addresses_from_the_page(string line) => Assert.DoesNotMatch(ScriptPath(), line);

    [GeneratedRegex("""["'`]/[\p{L}$]""")]
    private static partial Regex ScriptPath();

    [GeneratedRegex("""\b(form)?action\s*=\s*["']/(?!/)""")]
    private static partial Regex HardCodedFormAction();

    /// <summary>A C# string (plain, verbatim or interpolated) beginning with "/" and a letter or a hole; never an HTML attribute's value (="…").</summary>
    [GeneratedRegex("""(?<![=\w])[$@]{0,2}"(?<path>/[\p{L}{][^"]*)""")]
    private static partial Regex PathLiteral();

    /// <summary>A path as the first argument of a route attribute, an endpoint mapping, a middleware's option or a test of a path.</summary>
    [GeneratedRegex("""\b(Http(Get|Post|Put|Patch|Delete)|Route|Map(Get|Post|Put|Patch|Delete|HealthChecks)?|UseExceptionHandler|UseStatusCodePagesWithReExecute|StartsWith(Segments)?)\(\s*[$@]{0,2}"[^"]*["]""")]
    private static partial Regex TemplateOrPathTest();

    [GeneratedRegex("""\bhref\s*=\s*["']/(?!/)""")]
    private static partial Regex HardCodedHref();

    [GeneratedRegex("""\b(Redirect|LocalRedirect|RedirectPermanent)\(.*\$?"/""")]
    private static partial Regex HardCodedRedirect();
}

using System.Text.RegularExpressions;

namespace EmulationPortal.UnitTests.Architecture;

/// <summary>
/// Internal links and redirects come from route names, so a route's template is written once, on its action.
/// What cannot be a route stays allowed: fragments (<c>#…</c>), other sites, and static assets addressed with <c>~/</c>.
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

    private static List<string> Offenders(string pattern, Regex rule) =>
        Files(pattern)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(hit => rule.IsMatch(hit.line))
            .Select(hit => $"{Path.GetRelativePath(SourceTree.Root, hit.file)}:{hit.number}: {hit.line.Trim()}")
            .ToList();

    [Fact]
    public void No_view_writes_an_internal_href_by_hand()
    {
        var offenders = Offenders("*.cshtml", HardCodedHref());
        Assert.True(offenders.Count == 0, "Hard-coded internal links (use asp-route with a route name):\n" + string.Join('\n', offenders));
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

    [GeneratedRegex("""\bhref\s*=\s*["']/(?!/)""")]
    private static partial Regex HardCodedHref();

    [GeneratedRegex("""\b(Redirect|LocalRedirect|RedirectPermanent)\(.*\$?"/""")]
    private static partial Regex HardCodedRedirect();
}

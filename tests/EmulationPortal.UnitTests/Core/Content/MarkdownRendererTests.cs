using EmulationPortal.Core.Content;

namespace EmulationPortal.UnitTests.Core.Content;

public sealed class MarkdownRendererTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void Raw_HTML_is_escaped_not_passed_through(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<a ", html);
        Assert.Contains("&lt;", html);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x](/van-ban/noi-bo)")]
    [InlineData("![x](data:image/png;base64,AAAA)")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_and_images_other_than_http_https_mailto_become_text(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);
        Assert.DoesNotContain("href", html);
        Assert.DoesNotContain("<img", html);
    }

    [Theory]
    [InlineData("[Sở Nội vụ](https://sonoivu.example.vn/thi-dua)", "href=\"https://sonoivu.example.vn/thi-dua\"")]
    [InlineData("[thư](mailto:vanthu@example.vn)", "href=\"mailto:vanthu@example.vn\"")]
    [InlineData("<https://example.vn/a>", "href=\"https://example.vn/a\"")]
    [InlineData("![ảnh](http://example.vn/a.jpg)", "<a href=\"http://example.vn/a.jpg\">ảnh</a>")]
    public void Http_https_and_mailto_links_are_kept(string markdown, string expected)
    {
        Assert.Contains(expected, MarkdownRenderer.ToHtml(markdown));
    }

    [Fact]
    public void The_text_of_a_refused_link_is_kept()
    {
        Assert.Equal("<p>Xem <strong>báo cáo</strong> tại đây</p>\n", MarkdownRenderer.ToHtml("Xem [**báo cáo**](javascript:x) tại đây"));
    }

    [Fact]
    public void Ordinary_Markdown_renders()
    {
        var html = MarkdownRenderer.ToHtml("## Kết quả\n\n- Hoàn thành **100%** chỉ tiêu\n- Đoàn kết\n\n| Đơn vị | Điểm |\n|---|---|\n| A | 95 |");
        Assert.Contains("<h2", html);
        Assert.Contains("<li>Hoàn thành <strong>100%</strong> chỉ tiêu</li>", html);
        Assert.Contains("<table>", html);
    }

    public static TheoryData<int> HostileCases() => new(Enumerable.Range(0, HostileMarkdown.Corpus.Count));

    [Theory]
    [MemberData(nameof(HostileCases))]
    public void Hostile_Markdown_renders_nothing_script_capable(int index)
    {
        HostileMarkdown.AssertSafeFragment(MarkdownRenderer.ToHtml(HostileMarkdown.Corpus[index]));
    }

    [Fact]
    public void An_autolink_before_a_refused_link_is_refused_too()
    {
        var html = MarkdownRenderer.ToHtml("Xem <javascript://x/%0aalert(document.domain)> và [mục lục](#muc-luc)");

        Assert.Equal("<p>Xem javascript://x/%0aalert(document.domain) và mục lục</p>\n", html);
    }

    [Fact]
    public void Allowed_autolinks_and_links_around_refused_ones_stay_links()
    {
        var html = MarkdownRenderer.ToHtml("<https://example.vn/a> [x](#x) <javascript:alert(1)> [y](https://example.vn/b) <vanthu@example.vn>");

        Assert.Equal(
            "<p><a href=\"https://example.vn/a\">https://example.vn/a</a> x javascript:alert(1) <a href=\"https://example.vn/b\">y</a> "
            + "<a href=\"mailto:vanthu@example.vn\">vanthu@example.vn</a></p>\n",
            html);
    }

    [Fact]
    public void What_editors_write_survives_the_sanitiser()
    {
        const string markdown = """
            ## Kết quả

            3. Thứ ba
            4. Thứ tư

            | Đơn vị | Điểm |
            |:--|--:|
            | A | 95 |

            ~~bỏ~~ ==nổi bật== H~2~O x^2^ ++thêm++ `mã` và dòng  
            mới

            > Trích dẫn

            ---

            ```
            khối mã
            ```

            [Sở](https://sonoivu.example.vn "Sở Nội vụ") ![ảnh](https://example.vn/a.jpg "Ảnh")
            """;

        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.Contains("<h2>Kết quả</h2>", html);
        Assert.Contains("<ol start=\"3\">", html);
        Assert.Contains("<th class=\"align-left\">Đơn vị</th>", html);
        Assert.Contains("<td class=\"align-right\">95</td>", html);
        Assert.DoesNotContain("style=", html);
        Assert.Contains("<del>bỏ</del> <mark>nổi bật</mark> H<sub>2</sub>O x<sup>2</sup> <ins>thêm</ins> <code>mã</code> và dòng<br>", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("<hr>", html);
        Assert.Contains("<pre><code>khối mã\n</code></pre>", html);
        Assert.Contains("<a href=\"https://sonoivu.example.vn\" title=\"Sở Nội vụ\">Sở</a>", html);
        Assert.Contains("<a href=\"https://example.vn/a.jpg\">ảnh</a>", html);
        Assert.DoesNotContain("<img", html);
        HostileMarkdown.AssertSafeFragment(html);
    }

    [Theory]
    [InlineData("<a href=\"#muc-luc\">a</a>", "<a href=\"#muc-luc\">a</a>")]
    [InlineData("<a href=\"/van-ban/x\">a</a>", "<a href=\"/van-ban/x\">a</a>")]
    [InlineData("<a href=\"tel:+84912345678\">a</a>", "<a href=\"tel:+84912345678\">a</a>")]
    [InlineData("<img src=\"/media/anh/abc/480.webp\" alt=\"a\">", "<img src=\"/media/anh/abc/480.webp\" alt=\"a\">")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"jav&#x61;script:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"data:text/html,x\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"vbscript:x\">a</a>", "<a>a</a>")]
    [InlineData("<img src=\"/admin/nguoi-dung\" alt=\"a\">", "<img alt=\"a\">")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\" alt=\"a\">", "<img alt=\"a\">")]
    [InlineData("<p onclick=\"x()\" class=\"nut\" id=\"a\" style=\"color: red; text-align: center\">a</p>", "<p class=\"align-center\">a</p>")]
    [InlineData("<p style=\"color: red\">a</p>", "<p>a</p>")]
    [InlineData("<svg onload=\"x()\"></svg><iframe src=\"https://a.vn\"></iframe><script>x()</script><p>a</p>", "<p>a</p>")]
    public void The_sanitiser_keeps_the_allow_list_whatever_produced_the_HTML(string html, string expected)
    {
        Assert.Equal(expected, MarkdownRenderer.Sanitize(html));
    }
}

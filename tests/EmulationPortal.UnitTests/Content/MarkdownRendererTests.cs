using EmulationPortal.Core.Content;

namespace EmulationPortal.UnitTests.Content;

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
    [InlineData("![ảnh](http://example.vn/a.jpg)", "<img src=\"http://example.vn/a.jpg\" alt=\"ảnh\"")]
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
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// On a phone: the editor taps the face in a photo and the news card crops around it; a reader swipes through the
/// write-up's photos in the lightbox, and nothing on the page is wider than the screen.
/// </summary>
[Collection(EditorJourneyCollection.Name)]
public sealed class PhotoFocusJourneyTests(BrowserFixture browser)
{
    private const string Password = "Matkhau-canbo-2026";
    private const string Id = "hn-cum11-tong-ket-2025";
    private const string Slug = "cum-thi-dua-so-11-tong-ket-nam-2025-trien-khai-nhiem-vu-nam-2026";

    [BrowserFact]
    public async Task A_tap_on_the_photo_sets_the_focal_point_the_card_crops_around_it_and_the_lightbox_swipes()
    {
        using var portal = PortalServer.Start();
        await portal.AddUsersAsync(new JsonObject { ["userName"] = "canbo", ["password"] = Password, ["roles"] = new JsonArray("Staff") });
        await using var staffContext = await browser.NewContextAsync(Device.Phone, portal);
        var staff = await staffContext.NewPageAsync();
        await BrowserFixture.SignInAsync(staff, "canbo", Password);

        await staff.GotoAsync($"/admin/tin-tuc/{Id}/sua");
        var row = staff.Locator("#photos > li").First;
        var photo = row.Locator("[data-focus-picker] img");
        await Expect(photo).ToHaveJSPropertyAsync("complete", true);
        await Expect(row.Locator(".focus-marker")).ToBeVisibleAsync();
        var box = (await photo.BoundingBoxAsync())!;
        await photo.TapAsync(new() { Position = new() { X = box.Width * 0.3f, Y = box.Height * 0.2f } });
        await Expect(row.Locator("input[name='Photos[0].Focus.X']")).ToHaveValueAsync(new Regex(@"^0\.(29|30|31)$"));
        await Expect(row.Locator("input[name='Photos[0].Focus.Y']")).ToHaveValueAsync(new Regex(@"^0\.(19|20|21)$"));
        // The tap scrolled the photo into view: measure both again.
        box = (await photo.BoundingBoxAsync())!;
        var marker = await row.Locator(".focus-marker").BoundingBoxAsync();
        Assert.InRange(marker!.X + marker.Width / 2, box.X + box.Width * 0.3 - 3, box.X + box.Width * 0.3 + 3);
        Assert.InRange(marker.Y + marker.Height / 2, box.Y + box.Height * 0.2 - 3, box.Y + box.Height * 0.2 + 3);
        await BrowserFixture.ScreenshotAsync(staff, "focus-01-editor-phone");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(staff.Locator(".notice")).ToHaveTextAsync("Đã lưu.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).ClickAsync();
        await Expect(staff.Locator(".status").First).ToHaveTextAsync("Đã đăng");

        await using var readerContext = await browser.NewContextAsync(Device.Phone, portal);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/tin-tuc");
        var card = reader.Locator($".card:has(a[href$='/{Slug}']) .card-photo img");
        await Expect(card).ToHaveClassAsync("focus-x-30 focus-y-20");
        await Expect(card).ToHaveCSSAsync("object-position", "30% 20%");
        await BrowserFixture.ScreenshotAsync(reader, "focus-02-news-cards-phone");

        await reader.GotoAsync($"/tin-tuc/{Slug}");
        await BrowserFixture.ExpectFitsTheScreenAsync(reader);
        await reader.EvaluateAsync("() => document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')");
        await reader.WaitForFunctionAsync("() => Array.from(document.images).every(img => img.complete)");
        var tooWide = await reader.EvaluateAsync<string[]>(
            "() => Array.from(document.images).filter(img => img.getBoundingClientRect().width > document.documentElement.clientWidth).map(img => img.currentSrc)");
        Assert.Empty(tooWide);

        var lead = reader.Locator(".lead-photo a");
        await lead.TapAsync();
        var lightbox = reader.Locator("dialog.lightbox");
        await Expect(lightbox.Locator(".count")).ToHaveTextAsync("1 / 3");
        var firstCaption = await lightbox.Locator("figcaption").TextContentAsync();
        await Expect(lightbox.Locator(".close")).ToBeFocusedAsync();
        var image = lightbox.Locator("img");
        await Expect(image).ToHaveJSPropertyAsync("complete", true);
        var shown = (await image.BoundingBoxAsync())!;
        Assert.True(shown.X >= 0 && shown.X + shown.Width <= Device.Phone.Width, $"the lightbox photo spans {shown.X}..{shown.X + shown.Width} px");
        Assert.True(shown.Y >= 0 && shown.Y + shown.Height <= Device.Phone.Height, $"the lightbox photo spans {shown.Y}..{shown.Y + shown.Height} px down");

        await SwipeAsync(reader, (300, 420), (60, 430));
        await Expect(lightbox.Locator(".count")).ToHaveTextAsync("2 / 3");
        await Expect(lightbox.Locator("figcaption")).Not.ToHaveTextAsync(firstCaption!);
        await SwipeAsync(reader, (60, 420), (320, 410));
        await Expect(lightbox.Locator(".count")).ToHaveTextAsync("1 / 3");
        await reader.Keyboard.PressAsync("Escape");
        await Expect(lightbox).Not.ToBeVisibleAsync();
        await Expect(lead).ToBeFocusedAsync();

        await lead.TapAsync();
        await Expect(lightbox).ToBeVisibleAsync();
        await SwipeAsync(reader, (200, 300), (205, 600));
        await Expect(lightbox).Not.ToBeVisibleAsync();
    }

    /// <summary>
    /// A finger drawn across the screen, through Chromium's own touch input (Playwright's touchscreen only taps):
    /// the page gets the pointer events a phone sends, not ones a script made up.
    /// </summary>
    private static async Task SwipeAsync(IPage page, (int X, int Y) from, (int X, int Y) to)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        Dictionary<string, object> Touch(string type, double x, double y) => new()
        {
            ["type"] = type,
            ["touchPoints"] = type == "touchEnd" ? Array.Empty<object>() : new object[] { new Dictionary<string, object> { ["x"] = x, ["y"] = y } },
        };
        await session.SendAsync("Input.dispatchTouchEvent", Touch("touchStart", from.X, from.Y));
        const int steps = 8;
        for (var step = 1; step <= steps; step++)
        {
            await session.SendAsync("Input.dispatchTouchEvent", Touch("touchMove",
                from.X + (to.X - from.X) * step / (double)steps, from.Y + (to.Y - from.Y) * step / (double)steps));
        }
        await session.SendAsync("Input.dispatchTouchEvent", Touch("touchEnd", to.X, to.Y));
        await session.DetachAsync();
    }
}

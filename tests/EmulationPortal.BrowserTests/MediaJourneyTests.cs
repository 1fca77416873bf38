using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// Photos from an editor's computer to a reader's lightbox: several chosen at once and uploaded
/// with progress, reordered and captioned, then browsed with the keyboard on the public page.
/// </summary>
[Collection(EditorJourneyCollection.Name)]
public sealed class MediaJourneyTests(BrowserFixture browser)
{
    private const string Password = "Matkhau-canbo-2026";

    [BrowserFact]
    public async Task Photos_uploaded_at_once_are_ordered_captioned_published_and_browsed_in_the_lightbox()
    {
        using var images = new TestImages();
        using var portal = PortalServer.Start();
        await AddStaffAsync(portal);
        await using var staffContext = await browser.NewContextAsync(Device.Desktop, portal);
        var staff = await staffContext.NewPageAsync();
        await BrowserFixture.SignInAsync(staff, "canbo", Password);

        await staff.GotoAsync("/admin/tin-tuc/tao?cum=cum-11-thanh-hoa");
        await staff.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Cụm thi đua số 11 trao cờ thi đua năm 2025");
        await staff.GetByLabel("Ngày hội nghị", new() { Exact = true }).FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        await staff.Locator("textarea[name=Body]").FillAsync("Các đơn vị trong cụm nhận cờ thi đua.");
        await staff.Locator("input[name=NewPhotos]").SetInputFilesAsync([images.Photo("trao-co.jpg", 1600, 1000), images.Photo("toan-canh.png", 1400, 900)]);
        var rows = staff.Locator("#photos > li");
        await Expect(rows).ToHaveCountAsync(2);
        await rows.Nth(0).Locator("input[type=text]").FillAsync("Trao cờ thi đua cho Hội Khuyến học");
        await rows.Nth(1).Locator("input[type=text]").FillAsync("Toàn cảnh hội nghị");
        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "↑" }).ClickAsync();
        await Expect(rows.Nth(0).Locator("input[type=text]")).ToHaveValueAsync("Toàn cảnh hội nghị");
        await BrowserFixture.ScreenshotAsync(staff, "media-01-photos-uploaded");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(staff.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).ClickAsync();
        await Expect(staff.Locator(".status").First).ToHaveTextAsync("Đã đăng");

        await using var readerContext = await browser.NewContextAsync(Device.Desktop, portal);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/tin-tuc/cum-thi-dua-so-11-trao-co-thi-dua-nam-2025");
        await Expect(reader.Locator(".lead-photo figcaption")).ToHaveTextAsync("Toàn cảnh hội nghị");
        var lead = reader.Locator(".lead-photo a");
        await lead.ClickAsync();
        var lightbox = reader.Locator("dialog.lightbox");
        await Expect(lightbox).ToBeVisibleAsync();
        await Expect(lightbox.Locator("figcaption")).ToHaveTextAsync("Toàn cảnh hội nghị");
        await Expect(lightbox.Locator("img")).ToHaveJSPropertyAsync("complete", true);
        await BrowserFixture.ScreenshotAsync(reader, "media-02-lightbox");
        await reader.Keyboard.PressAsync("Escape");
        await Expect(lightbox).Not.ToBeVisibleAsync();
        await Expect(lead).ToBeFocusedAsync();

        await reader.Locator(".gallery a").First.ClickAsync();
        await Expect(lightbox.Locator("figcaption")).ToHaveTextAsync("Trao cờ thi đua cho Hội Khuyến học");
        await Expect(lightbox.Locator(".count")).ToHaveTextAsync("2 / 2");
        await reader.Keyboard.PressAsync("ArrowRight");
        await Expect(lightbox.Locator("figcaption")).ToHaveTextAsync("Toàn cảnh hội nghị");
        await reader.Keyboard.PressAsync("ArrowLeft");
        await Expect(lightbox.Locator(".count")).ToHaveTextAsync("2 / 2");
    }

    private static async Task AddStaffAsync(PortalServer portal)
    {
        var folder = Path.Combine(portal.DataPath, "people");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "staff.recipe.json");
        await File.WriteAllTextAsync(path, new JsonObject
        {
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Users",
                ["users"] = new JsonArray(new JsonObject { ["userName"] = "canbo", ["password"] = Password, ["roles"] = new JsonArray("Staff") }),
            }),
        }.ToJsonString());
        await portal.Service<RecipeExecutor>().RunAsync(path);
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// The search box's suggestions and "Có phải bạn muốn tìm …" in a real browser, on the shared demo site (they change nothing).
/// </summary>
[Collection(PublicJourneyCollection.Name)]
public sealed class SearchCompletionJourneyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_reader_types_part_of_a_number_picks_the_suggestion_by_keyboard_and_lands_on_the_document()
    {
        var problems = new List<string>();
        foreach (var (size, name) in new[] { (Device.Phone, "390"), (Device.Desktop with { Width = 1280 }, "1280") })
        {
            await using var context = await browser.NewContextAsync(size);
            await context.Context.AddInitScriptAsync(AccessibilityTests.AxeSource);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Tìm tin, văn bản, số ký hiệu" });
            await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");

            await box.PressSequentiallyAsync("qđ-ubnd 68", new() { Delay = 40 });
            var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Gợi ý" });
            await Expect(list).ToBeVisibleAsync();
            await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
            var first = list.GetByRole(AriaRole.Option).First;
            await Expect(first.Locator(".complete-text")).ToHaveTextAsync("68/2024/QĐ-UBND");
            var meta = await first.Locator(".complete-meta").InnerTextAsync();
            Assert.StartsWith("Số ký hiệu · ", meta);
            var title = meta["Số ký hiệu · ".Length..];
            problems.AddRange(await AccessibilityTests.ViolationsAsync(page, $"/ with suggestions ({name})", size));
            await BrowserFixture.ExpectFitsTheScreenAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"search-complete-01-suggestions-{name}");

            await box.PressAsync("Escape");
            await Expect(list).ToBeHiddenAsync();
            await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
            await box.PressAsync("ArrowDown");
            await Expect(list).ToBeVisibleAsync();
            await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
            await Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
            await box.PressAsync("Enter");

            await Expect(page).ToHaveURLAsync(new Regex("/van-ban/[^/?]+$"));
            await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        }
        Assert.True(problems.Count == 0, "problems:\n" + string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task A_misspelt_query_offers_the_words_put_right_and_without_script_the_box_still_searches()
    {
        var problems = new List<string>();
        foreach (var (size, name) in new[] { (Device.Phone, "390"), (Device.Desktop with { Width = 1280 }, "1280") })
        {
            await using var context = await browser.NewContextAsync(size);
            await context.Context.AddInitScriptAsync(AccessibilityTests.AxeSource);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/tim-kiem?q=Thanh+Hoas+thi+dau");
            var suggestion = page.Locator(".did-you-mean a");
            await Expect(suggestion).ToHaveTextAsync("Thanh Hóa thi đua");
            await Expect(page.Locator("p.empty")).ToBeVisibleAsync();
            problems.AddRange(await AccessibilityTests.ViolationsAsync(page, page.Url, size));
            await BrowserFixture.ExpectFitsTheScreenAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"search-complete-02-did-you-mean-{name}");

            await suggestion.ClickAsync();
            await Expect(page.Locator("#q")).ToHaveValueAsync("Thanh Hóa thi đua");
            await Expect(page.Locator(".hit").First).ToBeVisibleAsync();

            // Titles, kinds and units in one list, each saying what it is.
            var box = page.GetByRole(AriaRole.Combobox);
            await box.FillAsync("");
            await box.PressSequentiallyAsync("quyet dinh khen th", new() { Delay = 40 });
            var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Gợi ý" }).GetByRole(AriaRole.Option);
            await Expect(options.First.Locator(".complete-text")).ToContainTextAsync("Quyết định khen thưởng");
            await Expect(options.First.Locator(".complete-meta")).ToContainTextAsync("Quyết định khen thưởng · ");
            problems.AddRange(await AccessibilityTests.ViolationsAsync(page, $"{page.Url} with suggestions", size));
            await BrowserFixture.ExpectFitsTheScreenAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"search-complete-03-titles-{name}");
        }
        Assert.True(problems.Count == 0, "problems:\n" + string.Join("\n", problems));

        await using var plain = await browser.NewContextAsync(Device.Phone, javaScriptEnabled: false);
        var noScript = await plain.NewPageAsync();
        await noScript.GotoAsync("/");
        var input = noScript.GetByLabel("Tìm tin, văn bản, số ký hiệu");
        Assert.Null(await input.GetAttributeAsync("role"));
        await input.FillAsync("68/2024/QĐ-UBND");
        await input.PressAsync("Enter");
        await Expect(noScript).ToHaveURLAsync(new Regex("/tim-kiem\\?q="));
        await Expect(noScript.Locator(".hit").First).ToBeVisibleAsync();
    }
}

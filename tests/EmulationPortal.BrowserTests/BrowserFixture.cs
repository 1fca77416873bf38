using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>, installed by scripts/install-deps.sh): Playwright is
/// never asked to download a browser of its own.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// No sandbox because the tests may run as root in a container; the rest keeps Chromium from
    /// reaching the network or spending time on things a test never looks at.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>In CI nothing may skip: there a missing Chromium fails the browser tests.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("CI") == "true";

    public static string MissingMessage =>
        $"Chromium is not installed at {ExecutablePath}: run scripts/install-deps.sh as root " +
        "(browser tests skip without it locally, and fail without it when CI=true).";
}

/// <summary>
/// A test that drives Chromium. It is skipped when Chromium is missing, except in CI (CI=true),
/// where it runs and fails. xunit 2 has no dynamic skip, hence the decision at discovery.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}

/// <summary>The screen a test's browser context has.</summary>
public sealed record Device(int Width, int Height, float DeviceScaleFactor, bool IsMobile)
{
    /// <summary>Most readers are on phones: a common modern phone, touch and mobile layout.</summary>
    public static readonly Device Phone = new(390, 844, DeviceScaleFactor: 2, IsMobile: true);

    public static readonly Device Desktop = new(1366, 900, DeviceScaleFactor: 1, IsMobile: false);
}

/// <summary>
/// One Chromium and one demo site for a test collection (xunit runs collections in parallel, each
/// with its own fixture); every test opens its own browser context, so cookies and storage never
/// leak from one test to the next. Use it with <c>ICollectionFixture&lt;BrowserFixture&gt;</c> and
/// <see cref="BrowserFactAttribute"/>.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// An upper bound for each wait, not a pause: actions and assertions return as soon as their
    /// condition holds. Generous, because a CI machine under load can take seconds for one render.
    /// </summary>
    private const float ActionTimeoutMilliseconds = 30_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private PortalServer? _portal;

    /// <summary>
    /// The demo site, shared by the collection's tests: a journey that changes content should start
    /// a <see cref="PortalServer"/> of its own (or live in a collection of its own).
    /// </summary>
    public PortalServer Portal => _portal ?? throw NotStarted();

    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            if (Chromium.IsRequired)
            {
                throw new InvalidOperationException(Chromium.MissingMessage);
            }
            // Every [BrowserFact] is skipped: there is nothing to start.
            return;
        }

        // The site's first start (migrations, demo import) and Chromium's launch overlap.
        await Task.WhenAll(Task.Run(() => _portal = PortalServer.Start(demoContent: true)), LaunchChromiumAsync());
    }

    private async Task LaunchChromiumAsync()
    {
        Assertions.SetDefaultExpectTimeout(ActionTimeoutMilliseconds);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>
    /// A fresh browser context on <paramref name="device"/>'s screen whose relative addresses go to
    /// <paramref name="portal"/> (the demo site when omitted); dispose it at the end of the test, which
    /// fails it if any page broke the Content-Security-Policy or threw.
    /// </summary>
    public async Task<CheckedContext> NewContextAsync(Device device, PortalServer? portal = null, bool javaScriptEnabled = true)
    {
        var browser = _browser ?? throw NotStarted();
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = (portal ?? Portal).BaseUrl,
            ViewportSize = new() { Width = device.Width, Height = device.Height },
            DeviceScaleFactor = device.DeviceScaleFactor,
            IsMobile = device.IsMobile,
            HasTouch = device.IsMobile,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            JavaScriptEnabled = javaScriptEnabled,
        });
        context.SetDefaultTimeout(ActionTimeoutMilliseconds);
        context.SetDefaultNavigationTimeout(ActionTimeoutMilliseconds);
        return await CheckedContext.StartAsync(context);
    }

    /// <summary>Signs in through the admin's login form and waits for the dashboard.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/admin");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/dang-nhap"));
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$"));
    }

    /// <summary>A page wider than the screen makes a phone reader scroll sideways for every line.</summary>
    public static async Task ExpectFitsTheScreenAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow} px wider than the screen.");
    }

    /// <summary>
    /// Saves a full-page PNG as <c>TestResults/screenshots/{name}.png</c> and returns its path.
    /// Names are lower-case words joined by hyphens, e.g. <c>reader-01-home-phone</c>.
    /// </summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        if (!ScreenshotName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a readable screenshot name such as 'reader-01-home-phone'.", nameof(name));
        }

        // A full-page capture does not scroll, so lazy images below the fold would come out blank.
        await page.EvaluateAsync("() => document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')");
        await page.WaitForFunctionAsync("() => Array.from(document.images).every(img => img.complete)");

        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
    }

    /// <summary>The repository's TestResults (where scripts/test.sh puts the TRX files), else beside the tests.</summary>
    private static string FindScreenshotFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EmulationPortal.sln")))
            {
                return Path.Combine(folder.FullName, "TestResults", "screenshots");
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    }

    private static InvalidOperationException NotStarted() =>
        new(Chromium.IsInstalled ? "The browser fixture failed to start; see the collection's first error." : Chromium.MissingMessage);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ScreenshotName();
}

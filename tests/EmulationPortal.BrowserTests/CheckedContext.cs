using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// A browser context that watches every page for what a journey's own steps would not notice: anything
/// the Content-Security-Policy refused (an inline script or style attribute in a view, a handler in an
/// attribute) and any uncaught script error. Disposing it fails the test when there was any.
/// </summary>
public sealed class CheckedContext : IAsyncDisposable
{
    /// <summary>Put in every document before its own scripts: the violation event says which directive and what.</summary>
    private const string ReportViolations = """
        document.addEventListener("securitypolicyviolation", e =>
            console.error(`Content Security Policy violation: ${e.violatedDirective} refused ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentDictionary<IPage, bool> _watched = new();

    private CheckedContext(IBrowserContext context)
    {
        _context = context;
        _context.Page += (_, page) => Watch(page);
    }

    public static async Task<CheckedContext> StartAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(ReportViolations);
        return new CheckedContext(context);
    }

    public IBrowserContext Context => _context;

    public async Task<IPage> NewPageAsync()
    {
        var page = await _context.NewPageAsync();
        Watch(page);
        return page;
    }

    /// <summary>What was seen so far, emptied: for a test that provokes a violation on purpose.</summary>
    public IReadOnlyList<string> TakeProblems()
    {
        var taken = new List<string>();
        while (_problems.TryDequeue(out var problem))
        {
            taken.Add(problem);
        }
        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        var problems = TakeProblems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The pages broke the Content-Security-Policy or threw:\n" + string.Join("\n", problems));
        }
    }

    private void Watch(IPage page)
    {
        if (!_watched.TryAdd(page, true))
        {
            return;
        }
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            {
                _problems.Enqueue($"{page.Url}: console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Enqueue($"{page.Url}: uncaught error: {error}");
    }
}

using EmulationPortal.Core.Content;

namespace EmulationPortal.News.Models;

/// <summary>The news list (/tin-tuc), which this module owns: every type listed there names this section.</summary>
public static class NewsSection
{
    public static readonly ContentSection Section = new("News") { Order = 0 };
}

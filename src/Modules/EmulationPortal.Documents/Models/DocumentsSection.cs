using EmulationPortal.Core.Content;

namespace EmulationPortal.Documents.Models;

/// <summary>The documents list (/van-ban), which this module owns: every type listed there names this section.</summary>
public static class DocumentsSection
{
    public static readonly ContentSection Section = new("Documents") { Order = 1 };
}

using EmulationPortal.Core.Content;

namespace TestModules.Notices.Models;

/// <summary>The notices list (/thong-bao), which this module owns.</summary>
public static class NoticesSection
{
    public static readonly ContentSection Section = new("Notices") { Order = 2 };
}

using EmulationPortal.Media.Services;

namespace EmulationPortal.UnitTests.Media.Services;

internal static class Vips
{
    /// <summary>In CI nothing may skip: there a missing libvips fails the tests that need it.</summary>
    public static string? SkipReason =>
        RenditionMaker.IsAvailable || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : "libvips (vips, vipsthumbnail: Debian libvips-tools) or prlimit (util-linux) is missing: these tests skip " +
              "without them locally, and fail without them when CI=true.";
}

/// <summary>
/// A test that runs the libvips tools: skipped when they are missing, except in CI (CI=true), where it
/// runs and fails. xunit 2 has no dynamic skip, hence the decision at discovery.
/// </summary>
public sealed class VipsFactAttribute : FactAttribute
{
    public VipsFactAttribute() => Skip = Vips.SkipReason;
}

/// <summary>The <see cref="VipsFactAttribute"/> of a theory.</summary>
public sealed class VipsTheoryAttribute : TheoryAttribute
{
    public VipsTheoryAttribute() => Skip = Vips.SkipReason;
}

namespace EmulationPortal.Core;

/// <summary>The <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Where the SQLite file, media and generated secrets live; relative to the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Whether the first start of an empty site imports the demo recipe.</summary>
    public bool DemoContent { get; set; } = true;

    public string AdminUserName { get; set; } = "admin";

    /// <summary>When empty, a password is generated on first start and written beside the data.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Folder holding <c>setup.recipe.json</c> and <c>demo.recipe.json</c>; defaults to the copy beside the binaries.</summary>
    public string? RecipesPath { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// Whether a full compacting collection gives the memory read while starting back to the system. A
    /// process that hosts many sites one after another (the functional tests) turns it off: there each
    /// collection walks every other site's heap and stops them all.
    /// </summary>
    public bool CompactMemoryAfterStart { get; set; } = true;

    /// <summary>How often scheduled publications are looked for.</summary>
    public int SchedulerIntervalSeconds { get; set; } = 15;
}

public sealed class DatabaseOptions
{
    public string Provider { get; set; } = "Sqlite";

    /// <summary>For SQLite, empty means <c>{DataPath}/portal.db</c>.</summary>
    public string? ConnectionString { get; set; }
}

using EmulationPortal.Core.Data;

namespace EmulationPortal.Core.Content;

/// <summary>A person with an account, as those who write to them need to know them.</summary>
public sealed record Person(string UserName, string? DisplayName, string? Email, bool EmailNotifications)
{
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? UserName : DisplayName;

    /// <summary>Has an address and has not turned e-mails off.</summary>
    public bool WantsEmail => EmailNotifications && !string.IsNullOrWhiteSpace(Email);
}

/// <summary>The accounts, read where they are kept (the Users module), for modules that address people.</summary>
public interface IPeopleDirectory
{
    /// <summary>Who reviews the cluster's items: its reviewers, or the board's staff where the cluster has none.</summary>
    Task<IReadOnlyList<Person>> ReviewersAsync(DataSession session, string clusterId);

    /// <summary>The people of these user names who still have an account.</summary>
    Task<IReadOnlyList<Person>> FindAsync(IReadOnlyCollection<string> userNames, DataSession? session = null,
        CancellationToken cancellationToken = default);
}

using System.Data.Common;

namespace EmulationPortal.Core.Data;

/// <summary>
/// What differs between the database engines, and nothing else. Queries everywhere else are
/// written in the SQL both engines share.
/// </summary>
public interface ISqlDialect
{
    /// <summary>"sqlite" or "postgres": also the suffix of engine-specific migration files.</summary>
    string Name { get; }

    DbConnection CreateConnection();

    /// <summary>Per-connection settings that the engine does not keep in the database.</summary>
    Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Engine-wide settings applied once, before migrations.</summary>
    Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken);

    bool IsUniqueViolation(Exception exception);

    /// <summary>
    /// "column is one of the list in parameter": Dapper expands a list into IN (…) for SQLite but hands
    /// PostgreSQL an array, which is compared with = ANY.
    /// </summary>
    string InList(string column, string parameter);

    /// <summary>
    /// Appended to a SELECT that claims rows for work, inside a transaction: PostgreSQL's
    /// "FOR UPDATE SKIP LOCKED" lets several nodes claim different rows at once; SQLite has a single
    /// writer, so its transaction alone is enough.
    /// </summary>
    string ClaimRows { get; }

    /// <summary>
    /// Waits until no other node holds <paramref name="which"/>, and holds it until disposed, so that
    /// nodes starting together do the start's work one after the other.
    /// </summary>
    Task<IAsyncDisposable> LockAsync(DbConnection connection, DatabaseLock which, CancellationToken cancellationToken);
}

/// <summary>The work nodes must not do at the same time. Distinct locks, so one can be taken while holding another.</summary>
public enum DatabaseLock
{
    /// <summary>Applying migrations; the runner also re-reads what is applied inside each migration's transaction.</summary>
    Migrations = 1,

    /// <summary>Setting an empty site up and the start-up tasks after the migrations.</summary>
    SiteSetup = 2,
}

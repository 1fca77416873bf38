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
}

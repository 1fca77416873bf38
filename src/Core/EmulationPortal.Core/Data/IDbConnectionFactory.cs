using System.Data.Common;

namespace EmulationPortal.Core.Data;

public interface IDbConnectionFactory
{
    ISqlDialect Dialect { get; }

    /// <summary>An open connection, prepared for the engine; the caller disposes it.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}

public sealed class DbConnectionFactory : IDbConnectionFactory
{
    public DbConnectionFactory(ISqlDialect dialect)
    {
        Dialect = dialect;
        DapperSetup.EnsureConfigured();
    }

    public ISqlDialect Dialect { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await Dialect.PrepareConnectionAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

public static class DbConnectionFactoryExtensions
{
    /// <summary>A connection with a transaction begun on it; nothing is kept unless the session commits.</summary>
    public static Task<DataSession> BeginSessionAsync(this IDbConnectionFactory connections, CancellationToken cancellationToken = default) =>
        DataSession.BeginAsync(connections, cancellationToken);
}

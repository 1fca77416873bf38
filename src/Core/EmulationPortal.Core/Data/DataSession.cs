using System.Data.Common;

namespace EmulationPortal.Core.Data;

/// <summary>
/// One unit of work: a connection, its transaction, and what to do once the transaction has committed
/// (telling other nodes' caches, which must never hear of a change that was rolled back).
/// </summary>
public sealed class DataSession : IAsyncDisposable
{
    private readonly List<(string Key, Func<CancellationToken, Task> Action)> _afterCommit = [];

    private DataSession(DbConnection connection, DbTransaction transaction, ISqlDialect dialect)
    {
        Connection = connection;
        Transaction = transaction;
        Dialect = dialect;
    }

    public DbConnection Connection { get; }
    public DbTransaction Transaction { get; }
    public ISqlDialect Dialect { get; }

    public static async Task<DataSession> BeginAsync(IDbConnectionFactory connections, CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            return new DataSession(connection, await connection.BeginTransactionAsync(cancellationToken), connections.Dialect);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> after the commit, once per <paramref name="key"/> however many
    /// changes in the session ask for it (a recipe writing a hundred items tells the caches once).
    /// </summary>
    public void AfterCommit(string key, Func<CancellationToken, Task> action)
    {
        if (!_afterCommit.Exists(a => a.Key == key))
        {
            _afterCommit.Add((key, action));
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await Transaction.CommitAsync(cancellationToken);
        foreach (var (_, action) in _afterCommit)
        {
            await action(cancellationToken);
        }
        _afterCommit.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}

using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EmulationPortal.Core.Data;

/// <summary>
/// The change feed across nodes: NOTIFY on one node, LISTEN on all of them. A node also raises its
/// own changes at once, so its caches never wait for the round trip.
/// </summary>
public sealed class PostgresChangeFeed(IDbConnectionFactory connections, TimeProvider clock, ILogger<PostgresChangeFeed> logger) : LocalChangeFeed, IHostedService
{
    public const string Channel = "portal_changes";

    private readonly CancellationTokenSource _stopping = new();
    private Task? _listening;

    public override async Task PublishAsync(string topic, CancellationToken cancellationToken = default)
    {
        Raise(topic);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_notify(@channel, @topic)", new { channel = Channel, topic }, cancellationToken: cancellationToken));
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listening = ListenAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_listening is not null)
        {
            await _listening.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var backoff = new OutageBackoff("Change notifications", logger, clock);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = (NpgsqlConnection)await connections.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => Raise(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                backoff.Succeeded();
                // Changes made while this node was not listening are unknown: every cache starts over.
                foreach (var topic in ChangeTopics.All)
                {
                    Raise(topic);
                }
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Until it listens again, this node's caches may miss other nodes' changes; listening again starts them over.
                await backoff.WaitAfterFailureAsync(e, stoppingToken);
            }
        }
    }
}

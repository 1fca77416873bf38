using System.Collections.Concurrent;

namespace EmulationPortal.Core.Data;

/// <summary>What changed, as caches understand it.</summary>
public static class ChangeTopics
{
    public const string Content = "content";
    public const string Clusters = "clusters";
    public const string Settings = "settings";

    public static readonly IReadOnlyList<string> All = [Content, Clusters, Settings];
}

/// <summary>
/// Tells every cache on every node that something changed, after the change is committed. One node
/// (SQLite) raises it in-process; on PostgreSQL it also goes out as NOTIFY to the other nodes.
/// </summary>
public interface IChangeFeed
{
    Task PublishAsync(string topic, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="changed"/> whenever <paramref name="topic"/> changes, on this node or another.</summary>
    void Subscribe(string topic, Action changed);
}

public static class ChangeFeedExtensions
{
    /// <summary>Publishes <paramref name="topic"/> once the session commits (once, however often it is asked).</summary>
    public static void PublishAfterCommit(this IChangeFeed changes, DataSession session, string topic) =>
        session.AfterCommit($"change-feed:{topic}", cancellationToken => changes.PublishAsync(topic, cancellationToken));
}

public class LocalChangeFeed : IChangeFeed
{
    private readonly ConcurrentDictionary<string, ImmutableCallbacks> _subscribers = new();

    public virtual Task PublishAsync(string topic, CancellationToken cancellationToken = default)
    {
        Raise(topic);
        return Task.CompletedTask;
    }

    public void Subscribe(string topic, Action changed) =>
        _subscribers.AddOrUpdate(topic, _ => new ImmutableCallbacks([changed]), (_, existing) => new ImmutableCallbacks([.. existing.Callbacks, changed]));

    /// <summary>Runs this node's subscribers of a topic (also for changes heard from other nodes).</summary>
    public void Raise(string topic)
    {
        if (_subscribers.TryGetValue(topic, out var subscribers))
        {
            foreach (var callback in subscribers.Callbacks)
            {
                callback();
            }
        }
    }

    private sealed record ImmutableCallbacks(Action[] Callbacks);
}

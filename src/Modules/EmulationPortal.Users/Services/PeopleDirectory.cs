using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Users.Services;

/// <summary>The accounts as other modules address them (<see cref="IPeopleDirectory"/>), and the person's own e-mail setting.</summary>
public sealed class PeopleDirectory(IDbConnectionFactory connections) : IPeopleDirectory
{
    private const string PersonColumns =
        "u.user_name AS UserName, u.display_name AS DisplayName, u.email AS Email, u.email_notifications AS EmailNotifications";

    public async Task<IReadOnlyList<Person>> ReviewersAsync(DataSession session, string clusterId)
    {
        var reviewers = (await session.Connection.QueryAsync<PersonRow>($"""
            SELECT {PersonColumns} FROM users u JOIN user_clusters c ON c.user_id = u.id
            WHERE c.cluster_id = @clusterId AND c.role = @role ORDER BY u.user_name
            """, new { clusterId, role = nameof(ClusterRole.Reviewer) }, session.Transaction)).Select(r => r.ToPerson()).ToList();
        if (reviewers.Count > 0)
        {
            return reviewers;
        }
        // A cluster nobody reviews is reviewed by the board's staff, who may review every cluster: someone must hear of it.
        return (await session.Connection.QueryAsync<PersonRow>($"""
            SELECT {PersonColumns} FROM users u JOIN user_roles r ON r.user_id = u.id
            WHERE r.role = @role ORDER BY u.user_name
            """, new { role = PortalRoles.Staff }, session.Transaction)).Select(r => r.ToPerson()).ToList();
    }

    public async Task<IReadOnlyList<Person>> FindAsync(IReadOnlyCollection<string> userNames, DataSession? session = null,
        CancellationToken cancellationToken = default)
    {
        if (userNames.Count == 0)
        {
            return [];
        }
        var sql = $"SELECT {PersonColumns} FROM users u WHERE {connections.Dialect.InList("u.user_name", "@userNames")} ORDER BY u.user_name";
        var parameters = new { userNames = userNames.ToArray() };
        if (session is not null)
        {
            return (await session.Connection.QueryAsync<PersonRow>(sql, parameters, session.Transaction)).Select(r => r.ToPerson()).ToList();
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PersonRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
            .Select(r => r.ToPerson()).ToList();
    }

    public async Task<Person?> GetAsync(string userName, CancellationToken cancellationToken = default) =>
        (await FindAsync([userName], cancellationToken: cancellationToken)).FirstOrDefault();

    public async Task SetEmailNotificationsAsync(string userName, bool on, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET email_notifications = @on WHERE user_name = @userName", new { userName, on }, cancellationToken: cancellationToken));
    }

    private sealed class PersonRow
    {
        public string UserName { get; set; } = "";
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public bool EmailNotifications { get; set; }

        public Person ToPerson() => new(UserName, DisplayName, Email, EmailNotifications);
    }
}

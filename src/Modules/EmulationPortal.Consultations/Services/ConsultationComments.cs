using Dapper;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Consultations.Services;

/// <summary>A comment as staff read it.</summary>
public sealed class ConsultationComment
{
    public long Number { get; set; }
    public string ConsultationId { get; set; } = "";
    public string Candidate { get; set; } = "";
    public string SenderName { get; set; } = "";
    public string Contact { get; set; } = "";
    public string Address { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime ReceivedUtc { get; set; }
    public DateTime? HandledUtc { get; set; }
    public string? HandledBy { get; set; }
    public string? HandlingNote { get; set; }

    /// <summary>The reference number the sender was given.</summary>
    public string Reference => ConsultationComments.Reference(Number);

    public bool IsHandled => HandledUtc is not null;
}

/// <summary>What a reader sends; checked by the controller before it comes here.</summary>
public sealed record NewComment(string ConsultationId, string Candidate, string SenderName, string Contact, string Address, string Body);

/// <summary>The only writer of <c>consultation_comments</c>.</summary>
public sealed class ConsultationComments(IDbConnectionFactory connections, TimeProvider clock)
{
    private const string Columns =
        "number AS Number, consultation_id AS ConsultationId, candidate AS Candidate, sender_name AS SenderName, contact AS Contact, " +
        "address AS Address, body AS Body, received_utc AS ReceivedUtc, handled_utc AS HandledUtc, handled_by AS HandledBy, handling_note AS HandlingNote";

    // Two readers sending at the same instant may take the same next number; the second tries again.
    private const int Attempts = 5;

    public static string Reference(long number) => $"YK-{number:D5}";

    /// <summary>Keeps the comment and gives its reference number.</summary>
    public async Task<string> AddAsync(NewComment comment, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = await connections.BeginSessionAsync(cancellationToken);
                var number = await AddAsync(session, comment, clock.GetUtcNow().UtcDateTime, null);
                await session.CommitAsync(cancellationToken);
                return Reference(number);
            }
            catch (Exception e) when (attempt < Attempts && connections.Dialect.IsUniqueViolation(e))
            {
            }
        }
    }

    /// <summary>Adds a comment inside <paramref name="session"/> (a recipe's), with its number when it has one.</summary>
    public static async Task<long> AddAsync(DataSession session, NewComment comment, DateTime receivedUtc, long? number,
        (DateTime At, string By, string Note)? handled = null)
    {
        var next = number ?? await session.Connection.ExecuteScalarAsync<long>(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM consultation_comments", transaction: session.Transaction);
        await session.Connection.ExecuteAsync(
            """
            INSERT INTO consultation_comments (number, consultation_id, candidate, sender_name, contact, address, body, received_utc,
                handled_utc, handled_by, handling_note)
            VALUES (@Number, @ConsultationId, @Candidate, @SenderName, @Contact, @Address, @Body, @ReceivedUtc, @HandledUtc, @HandledBy, @HandlingNote)
            """,
            new
            {
                Number = next, comment.ConsultationId, comment.Candidate, comment.SenderName, comment.Contact, comment.Address, comment.Body,
                ReceivedUtc = receivedUtc, HandledUtc = handled?.At, HandledBy = handled?.By, HandlingNote = handled?.Note,
            },
            session.Transaction);
        return next;
    }

    public async Task<IReadOnlyList<ConsultationComment>> ListAsync(string consultationId, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        return await ListAsync(session, consultationId);
    }

    /// <summary>The comments of one consultation, or of every one when <paramref name="consultationId"/> is null, oldest first.</summary>
    public static async Task<IReadOnlyList<ConsultationComment>> ListAsync(DataSession session, string? consultationId) =>
        (await session.Connection.QueryAsync<ConsultationComment>(
            consultationId is null
                ? $"SELECT {Columns} FROM consultation_comments ORDER BY number"
                : $"SELECT {Columns} FROM consultation_comments WHERE consultation_id = @Id ORDER BY number",
            new { Id = consultationId }, session.Transaction)).ToList();

    /// <summary>How many comments each consultation has, and how many of them wait to be handled.</summary>
    public async Task<IReadOnlyDictionary<string, (int All, int Waiting)>> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, long All, long Waiting)>(
            "SELECT consultation_id, COUNT(*), SUM(CASE WHEN handled_utc IS NULL THEN 1 ELSE 0 END) FROM consultation_comments GROUP BY consultation_id");
        return rows.ToDictionary(r => r.Id, r => ((int)r.All, (int)r.Waiting), StringComparer.Ordinal);
    }

    /// <summary>Marks the comment handled with the note of what was done; false when it is not one of the consultation's.</summary>
    public async Task<bool> HandleAsync(string consultationId, long number, string userName, string note, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var changed = await session.Connection.ExecuteAsync(
            """
            UPDATE consultation_comments SET handled_utc = @At, handled_by = @By, handling_note = @Note
            WHERE consultation_id = @Id AND number = @Number
            """,
            new { At = clock.GetUtcNow().UtcDateTime, By = userName, Note = note, Id = consultationId, Number = number }, session.Transaction);
        await session.CommitAsync(cancellationToken);
        return changed == 1;
    }
}

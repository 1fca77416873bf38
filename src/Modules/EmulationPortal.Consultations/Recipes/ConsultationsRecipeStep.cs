using System.Globalization;
using System.Text.Json.Nodes;
using EmulationPortal.Consultations.Models;
using EmulationPortal.Consultations.Services;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Consultations.Recipes;

/// <summary>
/// The <c>Consultations</c> step. <c>items</c> writes consultations in a short form
/// (<c>{ "id", "title", "slug", "cluster", "proposer", "award", "opens", "workingDays", "candidates": [ { "name",
/// "recipientType", "unit", "position", "achievements" } ], "status", "body", "decisionNumber" }</c>), each a content item
/// as the editor would save it; <c>comments</c> carries what readers sent, exported only when asked for
/// (<c>--with-comments</c>), like password hashes. An export writes the consultations themselves in the <c>Content</c>
/// step, with their versions and corrections, and only their comments here.
/// </summary>
public sealed class ConsultationsRecipeStep(ContentStore store, IClusterDirectory clusters) : IRecipeStep
{
    private static readonly string[] ItemFields =
        ["id", "title", "slug", "cluster", "proposer", "award", "opens", "workingDays", "candidates", "status", "body", "decisionNumber"];

    private static readonly string[] CandidateFields = ["name", "recipientType", "unit", "position", "achievements"];

    private static readonly string[] CommentFields =
        ["consultation", "number", "candidate", "name", "contact", "address", "body", "received", "handled", "handledBy", "handlingNote"];

    public string Name => "Consultations";

    // After Content, whose consultations the comments belong to.
    public int Order => 110;

    public async Task ImportAsync(RecipeStepContext context)
    {
        context.Disallow(context.Step, "", "name", "items", "comments");
        var directory = await clusters.AllAsync();
        foreach (var (node, path) in context.Objects(context.Step, "items", "", required: false, ItemFields))
        {
            await ImportItemAsync(context, node, path, directory);
        }
        foreach (var (node, path) in context.Objects(context.Step, "comments", "", required: false, CommentFields))
        {
            var consultation = context.String(node, "consultation", path);
            if (await store.GetLatestAsync(context.Connection, context.Transaction, consultation) is not { Type: ConsultationType.TypeName })
            {
                throw context.Error($"{path}.consultation", $"'{consultation}' is not a consultation of this site or this recipe");
            }
            var received = context.OptionalTimestamp(node, "received", path) ?? throw context.Error($"{path}.received", "is required");
            var handled = context.OptionalTimestamp(node, "handled", path);
            await ConsultationComments.AddAsync(context.Session,
                new NewComment(consultation, context.OptionalString(node, "candidate", path) ?? "", context.String(node, "name", path),
                    context.String(node, "contact", path), context.OptionalString(node, "address", path) ?? "", context.String(node, "body", path)),
                received,
                context.OptionalInt(node, "number", path),
                handled is { } at ? (at, context.OptionalString(node, "handledBy", path) ?? "", context.OptionalString(node, "handlingNote", path) ?? "") : null);
        }
    }

    private async Task ImportItemAsync(RecipeStepContext context, JsonObject node, string path, IReadOnlyDictionary<string, ClusterSummary> directory)
    {
        var clusterId = context.OptionalString(node, "cluster", path)
            // A province's board keeps its consultations; a recipe that names no cluster gives them to the site's first one.
            ?? directory.Values.OrderBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault()?.Id
            ?? throw context.Error($"{path}.cluster", "is required: the site has no cluster yet");
        if (!await clusters.ExistsAsync(context.Session, clusterId))
        {
            throw context.Error($"{path}.cluster", $"'{clusterId}' is not a cluster of this site");
        }
        var opensText = context.String(node, "opens", path);
        if (!DateOnly.TryParseExact(opensText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens))
        {
            throw context.Error($"{path}.opens", $"'{opensText}' is not a date (yyyy-MM-dd)");
        }
        var candidates = new List<Candidate>();
        foreach (var (candidate, candidatePath) in context.Objects(node, "candidates", path, required: true, CandidateFields))
        {
            var typeText = context.OptionalString(candidate, "recipientType", candidatePath) ?? nameof(RecipientType.Individual);
            if (!Enum.TryParse<RecipientType>(typeText, ignoreCase: false, out var recipientType) || !Enum.IsDefined(recipientType))
            {
                throw context.Error($"{candidatePath}.recipientType", $"'{typeText}' is not Collective or Individual");
            }
            candidates.Add(new Candidate
            {
                Name = context.String(candidate, "name", candidatePath),
                RecipientType = recipientType,
                Unit = context.OptionalString(candidate, "unit", candidatePath) ?? "",
                Position = context.OptionalString(candidate, "position", candidatePath) ?? "",
                Achievements = context.OptionalString(candidate, "achievements", candidatePath) ?? "",
            });
        }
        var data = new ConsultationData
        {
            Proposer = context.String(node, "proposer", path),
            Award = context.String(node, "award", path),
            Opens = opens,
            WorkingDays = context.OptionalInt(node, "workingDays", path) ?? ConsultationData.DefaultWorkingDays,
            Candidates = candidates,
            Body = context.OptionalString(node, "body", path) ?? "",
            DecisionNumber = context.OptionalString(node, "decisionNumber", path),
        };
        var errors = new ValidationErrors();
        data.Validate(errors);
        if (errors.Any)
        {
            var (field, message) = errors.All[0];
            throw context.Error($"{path}.{field}", message);
        }
        var statusText = context.OptionalString(node, "status", path) ?? nameof(ContentStatus.Published);
        if (!Enum.TryParse<ContentStatus>(statusText, ignoreCase: false, out var status) || !Enum.IsDefined(status))
        {
            throw context.Error($"{path}.status", $"'{statusText}' is not a status (Draft, InReview, Published, Archived)");
        }
        var id = context.String(node, "id", path);
        var title = context.String(node, "title", path);
        // The notice went up on its opening day, at eight in the morning in Vietnam.
        var posted = opens.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
        try
        {
            await store.SaveAsync(context.Session, new ContentItemInput(id, ConsultationType.TypeName, clusterId, title,
                context.OptionalString(node, "slug", path) ?? Slug.From(title), status, "admin", posted, posted,
                status == ContentStatus.Published ? posted : null, data));
        }
        catch (DuplicateSlugException e)
        {
            throw context.Error($"{path}.slug", e.Message);
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        if (!context.IncludeComments)
        {
            return null;
        }
        var comments = await ConsultationComments.ListAsync(context.Session, null);
        return comments.Count == 0 ? null : new JsonObject
        {
            ["name"] = Name,
            ["comments"] = new JsonArray(comments.Select(c => (JsonNode)new JsonObject
            {
                ["consultation"] = c.ConsultationId,
                ["number"] = c.Number,
                ["candidate"] = c.Candidate,
                ["name"] = c.SenderName,
                ["contact"] = c.Contact,
                ["address"] = c.Address,
                ["body"] = c.Body,
                ["received"] = RecipeReader.Timestamp(c.ReceivedUtc),
                ["handled"] = c.HandledUtc is { } at ? RecipeReader.Timestamp(at) : null,
                ["handledBy"] = c.HandledBy,
                ["handlingNote"] = c.HandlingNote,
            }).ToArray()),
        };
    }
}

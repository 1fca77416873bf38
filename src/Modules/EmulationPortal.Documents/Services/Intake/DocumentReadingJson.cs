using System.Text.Json.Nodes;
using EmulationPortal.Documents.Models;

namespace EmulationPortal.Documents.Services.Intake;

/// <summary>
/// A reading in the recipe format's field names (type, number, issuedOn, issuer, summary, signer, legalBases,
/// recipients, milestones, awards…), with where each field came from in <c>sources</c> and what was not found.
/// </summary>
public static class DocumentReadingJson
{
    public static JsonObject From(DocumentReading r)
    {
        var sources = new JsonObject();
        JsonNode? Field<T>(string name, ReadField<T>? field, Func<T, JsonNode?> value)
        {
            if (field is null)
            {
                return null;
            }
            sources[name] = Source(field.Source, field.Confidence);
            return value(field.Value);
        }

        JsonArray List<T>(string name, IReadOnlyList<ReadField<T>> fields, Func<T, JsonNode?> value) =>
            new(fields.Select((f, i) => Field($"{name}[{i}]", f, value)).ToArray());

        var urgency = r.Marks.Select(m => UrgencyOf(m.Value)).FirstOrDefault(u => u is not null);
        var confidentiality = r.Marks.Select(m => ConfidentialityOf(m.Value)).FirstOrDefault(c => c is not null);
        var json = new JsonObject
        {
            ["type"] = Field("type", r.Kind, k => k.ContentType),
            ["kind"] = r.Kind?.Value.Name,
            ["number"] = Field("number", r.Number, v => v),
            ["place"] = Field("place", r.Place, v => v),
            ["issuedOn"] = Field("issuedOn", r.IssuedOn, d => d.ToString("yyyy-MM-dd")),
            ["issuer"] = Field("issuer", r.Issuer, v => v),
            ["summary"] = Field("summary", r.Summary, v => v),
            ["signer"] = Field("signer", r.Signer, s => new JsonObject
            {
                ["name"] = s.Name, ["position"] = s.Position, ["mode"] = s.Mode, ["signsFor"] = s.SignsFor, ["onBehalfOf"] = s.OnBehalfOf,
            }),
            ["urgency"] = urgency?.ToString(),
            ["confidentiality"] = confidentiality?.ToString(),
            ["legalBases"] = List("legalBases", r.LegalBases, v => v),
            ["proposal"] = Field("proposal", r.Proposal, p => new JsonObject { ["text"] = p.Text, ["number"] = p.Number }),
            ["recipients"] = List("recipients", r.Recipients, v => v),
            ["appendices"] = List("appendices", r.Appendices, v => v),
            ["milestones"] = List("milestones", r.Milestones, m => new JsonObject { ["due"] = m.Due.ToString("yyyy-MM-dd"), ["text"] = m.Text }),
            ["leader"] = Field("leader", r.TermUnits.FirstOrDefault(t => t.Value.Role == "Leader"), t => t.Unit),
            ["deputy"] = Field("deputy", r.TermUnits.FirstOrDefault(t => t.Value.Role == "Deputy"), t => t.Unit),
            ["awards"] = List("awards", r.Awards, a => new JsonObject
            {
                ["kind"] = a.Kind, ["recipientType"] = a.RecipientType.ToString(), ["recipient"] = a.Recipient, ["unit"] = a.Unit,
            }),
            ["awardProblems"] = new JsonArray(r.AwardProblems.Select(p => (JsonNode)new JsonObject { ["line"] = p.SourceLine, ["text"] = p.Text, ["reason"] = p.Reason }).ToArray()),
            ["notFound"] = new JsonArray(r.NotFound.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()),
        };
        json["sources"] = sources;
        return json;
    }

    public static JsonObject Source(TextSource source, Confidence confidence) => new()
    {
        ["firstLine"] = source.FirstLine, ["lastLine"] = source.LastLine, ["text"] = source.Text, ["confidence"] = confidence.ToString(),
    };

    /// <summary>The record's urgency for a mark as the reader names it ("THƯỢNG KHẨN").</summary>
    public static Urgency? UrgencyOf(string mark) => mark switch
    {
        "KHẨN" => Urgency.Urgent,
        "THƯỢNG KHẨN" => Urgency.VeryUrgent,
        "HỎA TỐC" => Urgency.Flash,
        _ => null,
    };

    public static Confidentiality? ConfidentialityOf(string mark) => mark switch
    {
        "MẬT" => Confidentiality.Confidential,
        "TỐI MẬT" => Confidentiality.Secret,
        "TUYỆT MẬT" => Confidentiality.TopSecret,
        _ => null,
    };
}

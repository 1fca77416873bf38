using System.Text.Json.Nodes;

namespace EmulationPortal.BrowserTests;

/// <summary>The editor and the reviewer of the demo's Cụm 42, added to a portal through a recipe as an administrator would.</summary>
public static class Cluster42People
{
    public const string Cluster = "cum-42-thong-ke-nghe-an";
    public const string Password = "Matkhau-cum42-2026";
    public const string Editor = "bientap42";
    public const string Reviewer = "duyet42";

    public static Task AddAsync(PortalServer portal) =>
        portal.AddUsersAsync(
            Person(Editor, "Biên tập viên Cụm 42", "Editor"),
            Person(Reviewer, "Văn phòng Cụm trưởng Cụm 42", "Reviewer"));

    private static JsonObject Person(string userName, string displayName, string role) => new()
    {
        ["userName"] = userName,
        ["displayName"] = displayName,
        ["password"] = Password,
        ["clusters"] = new JsonArray(new JsonObject { ["cluster"] = Cluster, ["role"] = role }),
    };
}

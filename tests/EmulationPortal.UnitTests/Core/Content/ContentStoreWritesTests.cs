using System.Text.RegularExpressions;
using EmulationPortal.UnitTests.Media.Services;

namespace EmulationPortal.UnitTests.Core.Content;

/// <summary>
/// The repository is the only writer of the content tables: a write anywhere else would skip the
/// notifications (search index inside the transaction, caches after it) that the repository makes.
/// </summary>
public sealed partial class ContentStoreWritesTests
{
    private const string Writer = "src/Core/EmulationPortal.Core/Content/ContentStore.Writes.cs";

    [Fact]
    public void Only_the_repository_writes_the_content_tables()
    {
        var writers = Directory.EnumerateFiles(Path.Combine(TestDocuments.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => ContentTableWrite().IsMatch(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(TestDocuments.RepositoryRoot, path).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

        // The writer itself is found, so the pattern is known to match how the code writes SQL.
        Assert.Equal([Writer], writers);
    }

    [GeneratedRegex(@"\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+content_(?:items|versions|transitions|media)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTableWrite();
}

using System.Data.Common;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Core.Recipes;

/// <summary>
/// One kind of recipe step (<c>Units</c>, <c>Clusters</c>, <c>Content</c>…): it imports its part
/// of a recipe and writes the same part back out, so that export → import is a round trip.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>Exports run in this order, so that a step finds what it refers to already imported.</summary>
    int Order { get; }

    Task ImportAsync(RecipeStepContext context);

    /// <summary>The step as it would be written in a recipe, or null when there is nothing to write.</summary>
    Task<JsonObject?> ExportAsync(RecipeExportContext context);
}

public sealed class RecipeStepContext
{
    public required JsonObject Step { get; init; }
    public required int StepIndex { get; init; }

    /// <summary>The recipe's one transaction: every step writes in it, and nothing is kept when a step refuses.</summary>
    public required DataSession Session { get; init; }

    public DbConnection Connection => Session.Connection;
    public DbTransaction Transaction => Session.Transaction;

    /// <summary>The recipe's folder: files named in a recipe are relative to it.</summary>
    public required string BaseDirectory { get; init; }

    public RecipeException Error(string field, string message) =>
        new($"Step {StepIndex + 1} ({Step["name"]}), {field}: {message}");
}

public sealed class RecipeExportContext
{
    /// <summary>One transaction for every step: the same snapshot of the site.</summary>
    public required DataSession Session { get; init; }

    public DbConnection Connection => Session.Connection;
    public DbTransaction Transaction => Session.Transaction;

    /// <summary>The folder the recipe is written to; media files go below it.</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Password hashes leave the site only when the person exporting asks for them.</summary>
    public bool IncludePasswordHashes { get; init; }

    /// <summary>What readers sent in confidence (their comments on consultations, with names and addresses) likewise.</summary>
    public bool IncludeComments { get; init; }
}

/// <summary>A recipe that cannot be applied; its message names the step and the field.</summary>
public sealed class RecipeException(string message, Exception? inner = null) : Exception(message, inner);

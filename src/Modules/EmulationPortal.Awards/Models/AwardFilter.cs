using EmulationPortal.Core.Awards;

namespace EmulationPortal.Awards.Models;

/// <summary>The look-up's filters as a request wrote them, before they are checked.</summary>
public sealed record AwardFilterText(
    string? Name = null,
    string? Year = null,
    string? From = null,
    string? To = null,
    string? Kind = null,
    string? Level = null,
    string? Cluster = null,
    string? Unit = null,
    string? RecipientType = null,
    string? Page = null);

/// <summary>The look-up's filters, checked: every one of them narrows the register.</summary>
public sealed record AwardFilter
{
    public const int PageSize = 20;

    /// <summary>The last page a look-up answers: far beyond any real list, and no offset overflows.</summary>
    public const int MaxPage = 100_000;

    /// <summary>Recipient or unit names holding these words (a NameKey), each word as a word's start.</summary>
    public string? NameKey { get; init; }

    public int? Year { get; init; }
    public int? From { get; init; }
    public int? To { get; init; }

    /// <summary>A kind of the catalogue.</summary>
    public string? KindId { get; init; }

    /// <summary>A kind written in decisions and missing from the catalogue, by its NameKey.</summary>
    public string? KindKey { get; init; }

    public AwardLevel? Level { get; init; }
    public string? ClusterId { get; init; }
    public string? UnitId { get; init; }
    public RecipientType? RecipientType { get; init; }
    public int Page { get; init; } = 1;
}

/// <summary>A filter that does not read, with what to tell the reader.</summary>
public sealed record AwardFilterError(string Parameter, string Message);

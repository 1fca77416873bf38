namespace EmulationPortal.Documents.Services.Intake;

/// <summary>How sure the reader is of a field; an editor checks the low ones first.</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}

/// <summary>Where a field came from: 1-based line numbers of the input and those lines as written.</summary>
public sealed record TextSource(int FirstLine, int LastLine, string Text);

public sealed record ReadField<T>(T Value, TextSource Source, Confidence Confidence);

/// <param name="Name">The Vietnamese kind as titled: "Quyết định", "Công văn".</param>
/// <param name="ContentType">The Documents module's content type: AwardDecision, Plan or Document.</param>
public sealed record DocumentKind(string Name, string ContentType);

/// <param name="Mode">How the signer signs, innermost marker: "TM.", "KT.", "TL.", "TUQ.", "Q."; null when signing in their own name.</param>
/// <param name="SignsFor">What that marker names: "CHỦ TỊCH" in "KT. CHỦ TỊCH".</param>
/// <param name="OnBehalfOf">The collective of a "TM." line above another marker: "ỦY BAN NHÂN DÂN" in "TM. ỦY BAN NHÂN DÂN".</param>
public sealed record SignerReading(string Name, string Position, string? Mode, string? SignsFor, string? OnBehalfOf = null);

/// <param name="Due">The deadline; a month alone ("Tháng 12/2025") is due on its last day.</param>
/// <param name="Text">What is due, as the plan words it.</param>
public sealed record MilestoneReading(DateOnly Due, string Text);

/// <param name="Role">"Leader" (Cụm trưởng, Khối trưởng) or "Deputy" (Cụm phó, Khối phó).</param>
/// <param name="Unit">The unit as the text names it.</param>
public sealed record TermUnitReading(string Role, string Unit);

/// <param name="Number">The canonical number of the proposal ("125/TTr-SNV") when the text gives one.</param>
public sealed record ProposalReading(string Text, string? Number);

/// <summary>The Decree 30/2020 fields read from a document's text; a field is null when it was not found.</summary>
public sealed record DocumentReading
{
    public ReadField<DocumentKind>? Kind { get; init; }
    public ReadField<string>? Number { get; init; }
    public ReadField<string>? Place { get; init; }
    public ReadField<DateOnly>? IssuedOn { get; init; }
    public ReadField<string>? Issuer { get; init; }
    public ReadField<string>? Summary { get; init; }
    public ReadField<SignerReading>? Signer { get; init; }
    public IReadOnlyList<ReadField<string>> LegalBases { get; init; } = [];
    public ReadField<ProposalReading>? Proposal { get; init; }
    public IReadOnlyList<ReadField<string>> Recipients { get; init; } = [];
    public IReadOnlyList<ReadField<string>> Marks { get; init; } = [];

    /// <summary>Titles of the appendices ("Phụ lục I: …").</summary>
    public IReadOnlyList<ReadField<string>> Appendices { get; init; } = [];

    /// <summary>A plan's deadlines; read for plans only.</summary>
    public IReadOnlyList<ReadField<MilestoneReading>> Milestones { get; init; } = [];

    /// <summary>The units a plan names as the cluster's leader and deputy; read for plans only.</summary>
    public IReadOnlyList<ReadField<TermUnitReading>> TermUnits { get; init; } = [];

    /// <summary>An award decision's list, from its text or the list attached to it; read for award decisions only.</summary>
    public IReadOnlyList<ReadField<Core.Awards.AwardEntry>> Awards { get; init; } = [];

    /// <summary>Lines of the award list that looked like rows but could not be read, with the reason.</summary>
    public IReadOnlyList<Core.Awards.AwardTableProblem> AwardProblems { get; init; } = [];

    /// <summary>One Vietnamese sentence for each field the text did not give.</summary>
    public IReadOnlyList<string> NotFound { get; init; } = [];
}

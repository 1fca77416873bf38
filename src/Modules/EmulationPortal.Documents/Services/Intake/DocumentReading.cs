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
/// <param name="SignsFor">What the outermost marker names: "ỦY BAN NHÂN DÂN" in "TM. ỦY BAN NHÂN DÂN".</param>
public sealed record SignerReading(string Name, string Position, string? Mode, string? SignsFor);

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

    /// <summary>One Vietnamese sentence for each field the text did not give.</summary>
    public IReadOnlyList<string> NotFound { get; init; } = [];
}

using EmulationPortal.Core.Content;

namespace EmulationPortal.Contents.Models;

public sealed record DiffPage(ContentRecord Item, int From, int To, LineDiff Diff);

using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;

namespace EmulationPortal.Contents.Models;

public sealed record DiffPage(ContentRecord Item, int From, int To, VersionComparison Comparison);

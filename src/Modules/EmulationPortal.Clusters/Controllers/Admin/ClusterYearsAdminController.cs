using System.Globalization;
using EmulationPortal.Clusters.Models;
using EmulationPortal.Clusters.Services;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Clusters.Controllers.Admin;

/// <summary>
/// The editor of a cluster's year: the covenant, the scores (typed or pasted from the spreadsheet the leader keeps)
/// and the vote. It goes through the cluster's review like any content.
/// </summary>
public sealed class ClusterYearsAdminController(ContentEditorServices editor, ClusterYears years, TimeProvider clock)
    : ContentEditorController<ClusterYearForm>(editor)
{
    [HttpGet("/admin/nam-thi-dua/tao", Name = Routes.AdminYearCreate)]
    public Task<IActionResult> New([FromQuery(Name = "cum")] string? clusterId, [FromQuery(Name = "nam")] int? year) =>
        NewAsync(new ClusterYearForm { ClusterId = clusterId ?? "", Year = year ?? clock.TodayInVietnam().Year });

    [HttpPost("/admin/nam-thi-dua/tao", Name = Routes.AdminYearCreate)]
    public Task<IActionResult> Create(ClusterYearForm form) => CreateAsync(form);

    [HttpGet("/admin/nam-thi-dua/{id}/sua", Name = Routes.AdminYearEdit)]
    public Task<IActionResult> Edit(string id) => EditAsync(id);

    [HttpPost("/admin/nam-thi-dua/{id}/sua", Name = Routes.AdminYearEdit)]
    public Task<IActionResult> Edit(string id, ClusterYearForm form) => SaveAsync(id, form);

    protected override async Task PrepareViewAsync(ClusterYearForm form)
    {
        var clusterId = string.IsNullOrEmpty(form.ClusterId) ? form.ClusterOptions.FirstOrDefault()?.Id : form.ClusterId;
        form.Members = await years.MembersAsync(clusterId, form.Year, HttpContext.RequestAborted);
    }

    protected override async Task<bool> ApplyFormCommandAsync(ClusterYearForm form)
    {
        if (form.ReloadMembers)
        {
            ModelState.Clear();
            return true;
        }
        if (!form.ReadScores)
        {
            return false;
        }
        var members = await years.MembersAsync(form.ClusterId, form.Year, HttpContext.RequestAborted);
        var rows = new List<ScoreRow>();
        var lines = (form.ScoresPaste ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            var cells = line.Split('\t').Select(c => c.Trim()).ToList();
            // A leading row number ("1", "2.") is the table's order column.
            if (cells.Count > 1 && cells[0].TrimEnd('.').All(char.IsAsciiDigit))
            {
                cells.RemoveAt(0);
            }
            if (ClusterYears.Match(members, cells[0]) is not { } unit)
            {
                // A header row ("Đơn vị", "Tên đơn vị") is no unit either; it is named like any line not read.
                form.PasteProblems.Add($"Dòng {number} (“{line}”): “{cells[0]}” không phải đơn vị thành viên năm {form.Year}.");
                continue;
            }
            rows.Add(new ScoreRow
            {
                Unit = unit.Id, SelfScore = Number(cells.ElementAtOrDefault(1)), CheckedScore = Number(cells.ElementAtOrDefault(2)),
                Rank = (int?)Number(cells.ElementAtOrDefault(3)),
            });
        }
        form.Scores = form.Scores.Where(s => !string.IsNullOrEmpty(s.Unit) && rows.All(r => r.Unit != s.Unit)).Concat(rows).ToList();
        form.ScoresPaste = form.PasteProblems.Count == 0 ? null : form.ScoresPaste;
        ModelState.Clear();
        return true;
    }

    /// <summary>A score as a spreadsheet writes it: "96,5" (Vietnamese) or "96.5".</summary>
    private static decimal? Number(string? text) =>
        decimal.TryParse(text?.Replace(" ", "").Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    protected override string TypeOf(ClusterYearForm form) => ClusterYearType.TypeName;

    protected override ContentData ToData(ClusterYearForm form) => new ClusterYearData
    {
        Year = form.Year,
        Covenant = new Covenant
        {
            SignedOn = form.SignedOn,
            Place = form.Place.Trim(),
            SigningUnits = form.SigningUnits.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct().ToList(),
            Criteria = form.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Name) || c.MaxPoints is not null)
                .Select(c => new Criterion(c.Name?.Trim() ?? "", c.MaxPoints ?? 0)).ToList(),
            Rules = form.Rules.Trim(),
            DocumentNumber = Blank(form.CovenantNumber),
        },
        Scores = form.Scores.Where(s => !string.IsNullOrWhiteSpace(s.Unit))
            .Select(s => new UnitScore(s.Unit!, s.SelfScore, s.CheckedScore, s.Rank))
            .OrderBy(s => s.Rank ?? int.MaxValue).ToList(),
        Votes = form.Votes.Where(v => !string.IsNullOrWhiteSpace(v.Unit)).Select(v => new UnitVote(v.Unit!, v.Count)).ToList(),
        Ballots = form.Ballots,
        ProposalNumber = Blank(form.ProposalNumber),
        NextLeader = Blank(form.NextLeader),
        NextDeputy = Blank(form.NextDeputy),
        Body = form.Body,
    };

    protected override ClusterYearForm ToForm(ContentData data)
    {
        var year = (ClusterYearData)data;
        return new ClusterYearForm
        {
            Year = year.Year,
            SignedOn = year.Covenant.SignedOn,
            Place = year.Covenant.Place,
            SigningUnits = year.Covenant.SigningUnits,
            Criteria = year.Covenant.Criteria.Select(c => new CriterionRow { Name = c.Name, MaxPoints = c.MaxPoints }).ToList(),
            Rules = year.Covenant.Rules,
            CovenantNumber = year.Covenant.DocumentNumber,
            Scores = year.Scores.Select(s => new ScoreRow { Unit = s.Unit, SelfScore = s.SelfScore, CheckedScore = s.CheckedScore, Rank = s.Rank }).ToList(),
            Votes = year.Votes.Select(v => new VoteRow { Unit = v.Unit, Count = v.Count }).ToList(),
            Ballots = year.Ballots,
            ProposalNumber = year.ProposalNumber,
            NextLeader = year.NextLeader,
            NextDeputy = year.NextDeputy,
            Body = year.Body,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

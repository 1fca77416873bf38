using EmulationPortal.Clusters.Models;
using EmulationPortal.Clusters.Services;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Mvc.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Clusters.Controllers.Admin;

/// <summary>Clusters and blocs, their yearly terms, and the units they are made of: administrators only.</summary>
[AdministratorsOnly]
public sealed class ClustersAdminController(ClusterAdministration administration, ClusterStore clusterStore) : AdminController
{
    [HttpGet("/admin/cum-thi-dua", Name = Routes.AdminClusters)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        return View(new ClusterListPage(await administration.ListClustersAsync(cancellationToken)));
    }

    [HttpGet("/admin/cum-thi-dua/tao", Name = Routes.AdminClusterCreate)]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        return View("Edit", await PageAsync(null, new ClusterForm(), cancellationToken));
    }

    [HttpPost("/admin/cum-thi-dua/tao", Name = Routes.AdminClusterCreate)]
    public async Task<IActionResult> Create(ClusterForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var refusals = new ValidationErrors();
            if (await administration.CreateClusterAsync(form.ToInput(), refusals, cancellationToken) is { } id)
            {
                Notify("Đã tạo cụm, khối thi đua. Bây giờ có thể thêm nhiệm kỳ các năm ở cuối trang.");
                return RedirectToRoute(Routes.AdminCluster, new { id });
            }
            ModelState.AddErrors(refusals);
        }
        var page = await PageAsync(null, form, cancellationToken);
        page.Refused = true;
        return Unprocessable(page);
    }

    [HttpGet("/admin/cum-thi-dua/{id}", Name = Routes.AdminCluster)]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var cluster = await administration.FindClusterAsync(id, cancellationToken);
        if (cluster is null)
        {
            return NotFound();
        }
        return View("Edit", await PageAsync(cluster, ClusterForm.From(cluster), cancellationToken));
    }

    [HttpPost("/admin/cum-thi-dua/{id}", Name = Routes.AdminCluster)]
    public async Task<IActionResult> Save(string id, ClusterForm form, CancellationToken cancellationToken)
    {
        var cluster = await administration.FindClusterAsync(id, cancellationToken);
        if (cluster is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            var page = await PageAsync(cluster, form, cancellationToken);
            page.Refused = true;
            return Unprocessable(page);
        }
        if (!await administration.UpdateClusterAsync(id, form.ToInput(), cancellationToken))
        {
            return NotFound();
        }
        Notify("Đã lưu thông tin cụm, khối thi đua.");
        return RedirectToRoute(Routes.AdminCluster, new { id });
    }

    [HttpPost("/admin/cum-thi-dua/{id}/nhiem-ky", Name = Routes.AdminClusterTermCreate)]
    public async Task<IActionResult> AddTerm(string id, NewTermForm newTerm, CancellationToken cancellationToken)
    {
        var cluster = await administration.FindClusterAsync(id, cancellationToken);
        if (cluster is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var year = newTerm.ParseYear();
            var refusals = new ValidationErrors();
            if (await administration.AddTermAsync(id, year, newTerm.CopyMembers, refusals, cancellationToken))
            {
                Notify($"Đã thêm nhiệm kỳ năm {year}. Xin chọn {(cluster.Kind == ClusterKind.Bloc ? "khối trưởng, khối phó" : "cụm trưởng, cụm phó")} và các đơn vị thành viên.");
                return RedirectToRoute(Routes.AdminCluster, new { id }, $"nam-{year}");
            }
            ModelState.AddErrors(refusals);
        }
        var page = await PageAsync(cluster, ClusterForm.From(cluster), cancellationToken);
        newTerm.Refused = true;
        page.NewTerm = newTerm;
        return Unprocessable(page);
    }

    [HttpPost("/admin/cum-thi-dua/{id}/nhiem-ky/{year:int}", Name = Routes.AdminClusterTerm)]
    public async Task<IActionResult> SaveTerm(string id, int year, TermForm term, CancellationToken cancellationToken)
    {
        var cluster = await administration.FindClusterAsync(id, cancellationToken);
        if (cluster is null)
        {
            return NotFound();
        }
        term.Year = year;
        if (ModelState.IsValid)
        {
            var refusals = new ValidationErrors();
            if (await administration.SaveTermAsync(id, year, new TermInput(term.Leader, term.Deputy, term.Members), refusals, cancellationToken) is { } added)
            {
                var leaderTitle = cluster.Kind == ClusterKind.Bloc ? "khối trưởng, khối phó" : "cụm trưởng, cụm phó";
                Notify(added.Count == 0
                    ? $"Đã lưu nhiệm kỳ năm {year}."
                    : $"Đã lưu nhiệm kỳ năm {year}. Đã tự động thêm {string.Join(", ", added.Select(u => u.Name))} vào danh sách thành viên vì là {leaderTitle}.");
                return RedirectToRoute(Routes.AdminCluster, new { id }, $"nam-{year}");
            }
            ModelState.AddErrors(refusals);
        }
        var page = await PageAsync(cluster, ClusterForm.From(cluster), cancellationToken);
        term.Refused = true;
        term.Open = true;
        var index = page.Terms.FindIndex(t => t.Year == year);
        if (index >= 0)
        {
            page.Terms[index] = term;
        }
        else
        {
            page.Terms.Insert(0, term);
        }
        return Unprocessable(page);
    }

    [HttpPost("/admin/cum-thi-dua/{id}/nhiem-ky/{year:int}/xoa", Name = Routes.AdminClusterTermDelete)]
    public async Task<IActionResult> RemoveTerm(string id, int year, CancellationToken cancellationToken)
    {
        if (await administration.FindClusterAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }
        if (await administration.RemoveTermAsync(id, year, cancellationToken))
        {
            Notify($"Đã xóa nhiệm kỳ năm {year}.");
        }
        else
        {
            NotifyError($"Năm {year} không có trong danh sách nhiệm kỳ.");
        }
        return RedirectToRoute(Routes.AdminCluster, new { id });
    }

    [HttpGet("/admin/don-vi", Name = Routes.AdminUnits)]
    public async Task<IActionResult> Units(CancellationToken cancellationToken)
    {
        return View(new UnitListPage(await administration.ListUnitsWithClustersAsync(cancellationToken)));
    }

    [HttpGet("/admin/don-vi/tao", Name = Routes.AdminUnitCreate)]
    public async Task<IActionResult> NewUnit(CancellationToken cancellationToken)
    {
        return View("EditUnit", await WithProvincesAsync(new UnitForm(), cancellationToken));
    }

    [HttpPost("/admin/don-vi/tao", Name = Routes.AdminUnitCreate)]
    public async Task<IActionResult> CreateUnit(UnitForm form, CancellationToken cancellationToken)
    {
        form.Id = null;
        if (ModelState.IsValid)
        {
            var refusals = new ValidationErrors();
            if (await administration.CreateUnitAsync(form.Name!, form.Province, refusals, cancellationToken) is not null)
            {
                Notify($"Đã thêm đơn vị {form.Name}.");
                return RedirectToRoute(Routes.AdminUnits);
            }
            ModelState.AddErrors(refusals);
        }
        return UnprocessableUnit(await WithProvincesAsync(form, cancellationToken));
    }

    [HttpGet("/admin/don-vi/{id}", Name = Routes.AdminUnit)]
    public async Task<IActionResult> EditUnit(string id, CancellationToken cancellationToken)
    {
        var unit = await administration.FindUnitAsync(id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }
        return View("EditUnit", await WithProvincesAsync(new UnitForm { Id = unit.Id, Name = unit.Name, Province = unit.Province }, cancellationToken));
    }

    [HttpPost("/admin/don-vi/{id}", Name = Routes.AdminUnit)]
    public async Task<IActionResult> SaveUnit(string id, UnitForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        if (ModelState.IsValid)
        {
            var refusals = new ValidationErrors();
            if (await administration.UpdateUnitAsync(id, form.Name!, form.Province, refusals, cancellationToken))
            {
                Notify($"Đã lưu đơn vị {form.Name}.");
                return RedirectToRoute(Routes.AdminUnits);
            }
            if (!refusals.Any)
            {
                return NotFound();
            }
            ModelState.AddErrors(refusals);
        }
        return UnprocessableUnit(await WithProvincesAsync(form, cancellationToken));
    }

    private async Task<ClusterEditPage> PageAsync(Cluster? cluster, ClusterForm form, CancellationToken cancellationToken)
    {
        var page = new ClusterEditPage
        {
            Stored = cluster,
            Form = form,
            Units = await administration.ListUnitsAsync(cancellationToken),
            Provinces = await administration.ProvincesAsync(cancellationToken),
        };
        if (cluster is not null)
        {
            page.Terms = (await clusterStore.TermsAsync(cluster.Id, cancellationToken)).Select(TermForm.From).ToList();
            if (page.Terms.Count > 0)
            {
                page.Terms[0].Open = true;
            }
        }
        return page;
    }

    private ViewResult Unprocessable(ClusterEditPage page)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", page);
    }

    private ViewResult UnprocessableUnit(UnitForm form)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("EditUnit", form);
    }

    private async Task<UnitForm> WithProvincesAsync(UnitForm form, CancellationToken cancellationToken)
    {
        form.Provinces = await administration.ProvincesAsync(cancellationToken);
        if (form.Id is not null)
        {
            form.ClusterNames = (await administration.ListUnitsWithClustersAsync(cancellationToken))
                .FirstOrDefault(u => u.Unit.Id == form.Id)?.ClusterNames ?? [];
        }
        return form;
    }
}

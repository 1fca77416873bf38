using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services;
using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Awards.Controllers.Admin;

/// <summary>"Tên đơn vị chưa khớp": names in decisions that match no unit, for staff to link or add.</summary>
[Authorize(Policy = AwardsPermissions.ManageRegister)]
public sealed class UnmatchedUnitsAdminController(UnmatchedUnits unmatched) : AdminController
{
    [HttpGet("/admin/khen-thuong/don-vi-chua-khop", Name = Routes.AdminUnmatchedUnits)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(cancellationToken));

    [HttpPost("/admin/khen-thuong/don-vi-chua-khop/khop", Name = Routes.AdminUnmatchedUnitLink)]
    public async Task<IActionResult> Link(UnitLinkForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var lines = await unmatched.LinkAsync(form.Key!, form.UnitId!, cancellationToken);
                Notify($"Đã khớp {lines} dòng khen thưởng với đơn vị; tên này được ghi nhớ cho các quyết định sau.");
                return RedirectToRoute(Routes.AdminUnmatchedUnits);
            }
            catch (UnitMatchException e)
            {
                ModelState.AddModelError(e.Field, e.Message);
            }
        }
        return Unprocessable((await PageAsync(cancellationToken)) with { FailedKey = form.Key, Link = form });
    }

    [HttpPost("/admin/khen-thuong/don-vi-chua-khop/tao-don-vi", Name = Routes.AdminUnmatchedUnitCreate)]
    public async Task<IActionResult> Create(NewUnitForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await unmatched.CreateAsync(form.Key!, form.Name!.Trim(), form.Province?.Trim(), cancellationToken);
                Notify($"Đã thêm đơn vị “{form.Name.Trim()}” và khớp các dòng khen thưởng với đơn vị này.");
                return RedirectToRoute(Routes.AdminUnmatchedUnits);
            }
            catch (UnitMatchException e)
            {
                ModelState.AddModelError(e.Field, e.Message);
            }
        }
        return Unprocessable((await PageAsync(cancellationToken)) with { FailedKey = form.Key, NewUnit = form });
    }

    [HttpPost("/admin/khen-thuong/don-vi-chua-khop/khop-lai", Name = Routes.AdminUnmatchedUnitsRematch)]
    public async Task<IActionResult> Rematch(CancellationToken cancellationToken)
    {
        var lines = await unmatched.RematchAsync(cancellationToken);
        Notify(lines == 0
            ? "Đã khớp lại: không có tên nào mới khớp với danh mục đơn vị."
            : $"Đã khớp lại: {lines} dòng khen thưởng đã được gắn với đơn vị.");
        return RedirectToRoute(Routes.AdminUnmatchedUnits);
    }

    private async Task<UnmatchedUnitsPage> PageAsync(CancellationToken cancellationToken) =>
        new(await unmatched.ListAsync(cancellationToken), await unmatched.UnitsAsync(cancellationToken));

    private ViewResult Unprocessable(UnmatchedUnitsPage page)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", page);
    }
}

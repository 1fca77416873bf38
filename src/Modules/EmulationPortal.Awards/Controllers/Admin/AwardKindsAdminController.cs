using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services;
using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Awards.Controllers.Admin;

/// <summary>The catalogue of award kinds and the spellings decisions use: administrators only.</summary>
[AdministratorsOnly]
public sealed class AwardKindsAdminController(AwardKindAdministration administration) : AdminController
{
    [HttpGet("/admin/khen-thuong/hinh-thuc", Name = Routes.AdminAwardKinds)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ListPageAsync(cancellationToken));

    /// <param name="name">A kind met in decisions, to start the new kind from.</param>
    [HttpGet("/admin/khen-thuong/hinh-thuc/tao", Name = Routes.AdminAwardKindCreate)]
    public IActionResult New([FromQuery(Name = "ten")] string? name) => View("Edit", new AwardKindForm { Name = name?.Trim() });

    [HttpPost("/admin/khen-thuong/hinh-thuc/tao")]
    public async Task<IActionResult> Create(AwardKindForm kindForm, CancellationToken cancellationToken)
    {
        kindForm.Id = null;
        if (!ModelState.IsValid)
        {
            return Unprocessable(kindForm);
        }
        try
        {
            var id = await administration.CreateAsync(kindForm.ToKind(), cancellationToken);
            Notify($"Đã thêm hình thức “{kindForm.Name!.Trim()}”; các dòng khen thưởng mang tên này đã được gắn vào danh mục.");
            return RedirectToRoute(Routes.AdminAwardKind, new { id });
        }
        catch (AwardKindValidationException e)
        {
            return Unprocessable(kindForm, e);
        }
    }

    [HttpGet("/admin/khen-thuong/hinh-thuc/{id}", Name = Routes.AdminAwardKind)]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken) =>
        await administration.FindAsync(id, cancellationToken) is { } kind ? View(AwardKindForm.From(kind)) : NotFound();

    [HttpPost("/admin/khen-thuong/hinh-thuc/{id}")]
    public async Task<IActionResult> Save(string id, AwardKindForm kindForm, CancellationToken cancellationToken)
    {
        kindForm.Id = id;
        if (!ModelState.IsValid)
        {
            return Unprocessable(kindForm);
        }
        try
        {
            if (!await administration.UpdateAsync(kindForm.ToKind(), cancellationToken))
            {
                return NotFound();
            }
            Notify($"Đã lưu hình thức “{kindForm.Name!.Trim()}”; các dòng khen thưởng đã được gắn lại theo danh mục.");
            return RedirectToRoute(Routes.AdminAwardKind, new { id });
        }
        catch (AwardKindValidationException e)
        {
            return Unprocessable(kindForm, e);
        }
    }

    [HttpPost("/admin/khen-thuong/hinh-thuc/cach-viet", Name = Routes.AdminAwardKindSpelling)]
    public async Task<IActionResult> AddSpelling(AwardKindSpellingForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            NotifyError(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
            return RedirectToRoute(Routes.AdminAwardKinds);
        }
        try
        {
            if (!await administration.AddSpellingAsync(form.KindId!, form.Spelling!.Trim(), cancellationToken))
            {
                NotifyError("Không có hình thức khen thưởng đã chọn: xin chọn lại.");
                return RedirectToRoute(Routes.AdminAwardKinds);
            }
            Notify($"Đã thêm “{form.Spelling.Trim()}” làm cách viết khác; các dòng khen thưởng viết như vậy đã được gắn vào danh mục.");
        }
        catch (AwardKindValidationException e)
        {
            NotifyError(e.Message);
        }
        return RedirectToRoute(Routes.AdminAwardKinds);
    }

    private async Task<AwardKindListPage> ListPageAsync(CancellationToken cancellationToken) =>
        new(await administration.ListAsync(cancellationToken), await administration.UncataloguedAsync(cancellationToken));

    private ViewResult Unprocessable(AwardKindForm form, AwardKindValidationException? refusal = null)
    {
        foreach (var (field, message) in refusal?.Errors ?? new Dictionary<string, string>())
        {
            ModelState.AddModelError(field, message);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", form);
    }
}

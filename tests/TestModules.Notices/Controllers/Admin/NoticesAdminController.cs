using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Mvc;
using TestModules.Notices.Models;

namespace TestModules.Notices.Controllers.Admin;

public sealed class NoticesAdminController(ContentEditorServices editor) : ContentEditorController<NoticeForm>(editor)
{
    [HttpGet("/admin/thong-bao/tao", Name = Routes.AdminCreate)]
    public Task<IActionResult> New([FromQuery(Name = "cum")] string? clusterId) =>
        NewAsync(new NoticeForm { ClusterId = clusterId ?? "", Date = DateOnly.FromDateTime(DateTime.Today) });

    [HttpPost("/admin/thong-bao/tao", Name = Routes.AdminCreate)]
    public Task<IActionResult> Create(NoticeForm form) => CreateAsync(form);

    [HttpGet("/admin/thong-bao/{id}/sua", Name = Routes.AdminEdit)]
    public Task<IActionResult> Edit(string id) => EditAsync(id);

    [HttpPost("/admin/thong-bao/{id}/sua", Name = Routes.AdminEdit)]
    public Task<IActionResult> Edit(string id, NoticeForm form) => SaveAsync(id, form);

    protected override string TypeOf(NoticeForm form) => NoticeType.TypeName;

    protected override ContentData ToData(NoticeForm form) => new NoticeData { Date = form.Date ?? default, Body = form.Body };

    protected override NoticeForm ToForm(ContentData data)
    {
        var notice = (NoticeData)data;
        return new NoticeForm { Date = notice.Date, Body = notice.Body };
    }
}

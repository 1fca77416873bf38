using EmulationPortal.Core.Calendar;
using EmulationPortal.Calendar.Models;
using EmulationPortal.Calendar.Services;
using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Calendar.Controllers.Admin;

/// <summary>
/// The public holidays of a year as computed, and the days the government's notice for that year adds or swaps:
/// administrators only, as the working days count the periods of public consultations.
/// </summary>
[AdministratorsOnly]
public sealed class WorkingDaysAdminController(AnnouncedDays announcedDays, TimeProvider clock) : AdminController
{
    [HttpGet("/admin/ngay-nghi", Name = Routes.AdminWorkingDays)]
    public async Task<IActionResult> Index([FromQuery(Name = "nam")] int? year, CancellationToken cancellationToken) =>
        View(await PageAsync(year ?? clock.TodayInVietnam().Year, new AnnouncedDayForm(), cancellationToken));

    [HttpPost("/admin/ngay-nghi")]
    public async Task<IActionResult> Add(AnnouncedDayForm dayForm, CancellationToken cancellationToken)
    {
        var year = dayForm.Date?.Year ?? clock.TodayInVietnam().Year;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await PageAsync(year, dayForm, cancellationToken));
        }
        var day = dayForm.ToDay();
        await announcedDays.SetAsync(day, cancellationToken);
        Notify($"Đã lưu ngày {day.Date:dd/MM/yyyy}: {(day.IsDayOff ? "ngày nghỉ" : "ngày làm việc")} – {day.Name}.");
        return RedirectToRoute(Routes.AdminWorkingDays, new { nam = year });
    }

    [HttpPost("/admin/ngay-nghi/xoa", Name = Routes.AdminWorkingDayRemove)]
    public async Task<IActionResult> Remove(DateOnly? date, CancellationToken cancellationToken)
    {
        if (date is { } day && await announcedDays.RemoveAsync(day, cancellationToken))
        {
            Notify($"Đã bỏ ngày {day:dd/MM/yyyy} khỏi danh sách công bố; ngày đó theo lịch mặc định.");
        }
        else
        {
            NotifyError("Không có ngày đã chọn trong danh sách công bố: có thể người khác vừa bỏ.");
        }
        return RedirectToRoute(Routes.AdminWorkingDays, new { nam = date?.Year });
    }

    private async Task<WorkingDaysPage> PageAsync(int year, AnnouncedDayForm form, CancellationToken cancellationToken)
    {
        year = Math.Clamp(year, 1901, 2199);
        var calendar = await announcedDays.GetAsync(cancellationToken);
        var announced = (await announcedDays.ListAsync(cancellationToken)).Where(d => d.Date.Year == year).ToList();
        return new WorkingDaysPage(year, calendar.DaysOff(year).Values.OrderBy(d => d.Date).ToList(), announced, form);
    }
}

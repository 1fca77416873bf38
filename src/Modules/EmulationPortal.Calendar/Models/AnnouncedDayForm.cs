using System.ComponentModel.DataAnnotations;
using EmulationPortal.Core.Calendar;

namespace EmulationPortal.Calendar.Models;

/// <summary>A day the year's announcement changes, as an administrator enters it.</summary>
public sealed class AnnouncedDayForm
{
    [Required(ErrorMessage = "Xin chọn ngày.")]
    public DateOnly? Date { get; set; }

    /// <summary>True: a day off; false: a weekend day worked in exchange.</summary>
    public bool IsDayOff { get; set; } = true;

    [Required(ErrorMessage = "Xin ghi tên hoặc lý do (ví dụ “Nghỉ hoán đổi dịp 30/4”).")]
    [StringLength(200, ErrorMessage = "Tên dài quá 200 ký tự.")]
    public string? Name { get; set; }

    public AnnouncedDay ToDay() => new(Date!.Value, IsDayOff, Name!.Trim());
}

/// <summary>A year's days off and announced days, for the administrators' page.</summary>
public sealed record WorkingDaysPage(int Year, IReadOnlyList<DayOff> DaysOff, IReadOnlyList<AnnouncedDay> Announced, AnnouncedDayForm Form);

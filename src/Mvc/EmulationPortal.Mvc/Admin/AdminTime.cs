using System.Globalization;

namespace EmulationPortal.Mvc.Admin;

/// <summary>Times are stored in UTC and shown, and typed, in Vietnam's time.</summary>
public static class AdminTime
{
    private static readonly TimeZoneInfo Vietnam = FindVietnam();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Vietnam);

    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Vietnam);

    public static string Format(DateTime? utc) => utc is { } value ? ToLocal(value).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    private static TimeZoneInfo FindVietnam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // Vietnam has kept UTC+7 without daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}

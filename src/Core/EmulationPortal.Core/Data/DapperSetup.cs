using System.Data;
using System.Globalization;
using Dapper;

namespace EmulationPortal.Core.Data;

/// <summary>
/// Every timestamp in the portal is UTC. SQLite keeps them as text without a zone, so reads
/// come back Unspecified; this handler restores the kind on the way in and out.
/// </summary>
internal static class DapperSetup
{
    private static int _configured;

    public static void EnsureConfigured()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 0)
        {
            SqlMapper.AddTypeHandler(new UtcDateTimeHandler());
        }
    }

    private sealed class UtcDateTimeHandler : SqlMapper.TypeHandler<DateTime>
    {
        public override void SetValue(IDbDataParameter parameter, DateTime value) =>
            parameter.Value = value.Kind switch
            {
                DateTimeKind.Utc => value,
                DateTimeKind.Local => value.ToUniversalTime(),
                _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            };

        public override DateTime Parse(object value) => value switch
        {
            DateTime dateTime => DateTime.SpecifyKind(dateTime, DateTimeKind.Utc),
            DateTimeOffset offset => offset.UtcDateTime,
            string text => DateTime.SpecifyKind(
                DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                DateTimeKind.Utc),
            _ => throw new InvalidCastException($"Cannot read {value.GetType().Name} as a timestamp."),
        };
    }
}

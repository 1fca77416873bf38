namespace EmulationPortal.Core.Data;

/// <summary>
/// The system clock cut to the microsecond, the finest time PostgreSQL keeps: an instant written on
/// SQLite then is the very instant a move to PostgreSQL (or an export) carries.
/// </summary>
public sealed class MicrosecondClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = base.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}

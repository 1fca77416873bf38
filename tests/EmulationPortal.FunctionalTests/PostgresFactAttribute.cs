namespace EmulationPortal.FunctionalTests;

/// <summary>A test that needs a PostgreSQL server, on either engine's run: skipped only where PostgreSQL cannot be had, never in CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = TestDatabase.PostgresSkipReason;
}

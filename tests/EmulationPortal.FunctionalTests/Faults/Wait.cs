namespace EmulationPortal.FunctionalTests.Faults;

/// <summary>Waits for a condition, looking again every <c>every</c>; fails the test with <c>what</c> at the deadline.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan deadline, string what, TimeSpan? every = null)
    {
        var end = DateTime.UtcNow + deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > end)
            {
                Assert.Fail($"Not within {deadline.TotalSeconds:0} s: {what}");
            }
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan deadline, string what) =>
        UntilAsync(() => Task.FromResult(condition()), deadline, what);
}

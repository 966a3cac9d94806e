namespace CivicAction.Tests.Support;

/// <summary>
/// Waiting for something another thread does (a mail server receiving, a worker recording): checks the condition
/// every 50 ms until it holds or the time is up. Never used to prove that nothing happened: for that, tests drive
/// the worker one step and assert it found nothing to do.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static Task UntilAsync(Func<bool> done, TimeSpan? timeout = null, Func<string>? what = null) =>
        UntilAsync(() => Task.FromResult(done()), timeout, what);

    /// <exception cref="TimeoutException">The condition did not hold in time; the message says what was awaited.</exception>
    public static async Task UntilAsync(Func<Task<bool>> done, TimeSpan? timeout = null, Func<string>? what = null)
    {
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(what?.Invoke() ?? "the awaited condition never held");
            }

            await Task.Delay(50);
        }
    }
}

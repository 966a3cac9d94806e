namespace CivicAction.Core.Letters.Calls;

/// <summary>How a call went, as the caller ticks it; the site counts calls per outcome and nothing else.</summary>
public enum CallOutcome
{
    ReachedStaff,
    LeftVoicemail,
    Busy,
    CouldNotGetThrough,
}

/// <summary>The outcomes in the order pages offer them (the pages word them in their own language).</summary>
public static class CallOutcomes
{
    public static IReadOnlyList<CallOutcome> All { get; } =
        [CallOutcome.ReachedStaff, CallOutcome.LeftVoicemail, CallOutcome.Busy, CallOutcome.CouldNotGetThrough];

    /// <summary>"reachedstaff" (as forms and storage write it, any case) into the outcome; anything else is refused.</summary>
    public static bool TryParse(string? text, out CallOutcome outcome)
    {
        outcome = default;
        var found = All.Where(o => string.Equals(o.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (found.Count == 0)
        {
            return false;
        }

        outcome = found[0];
        return true;
    }
}

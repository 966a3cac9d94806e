namespace CivicAction.Core.Deadlines;

/// <summary>
/// One sentence of the FOIA clock (the rule a date rests on, or a note about it): a code and its values, so that a page
/// can word it in its own language, and its English words, which the downloads and the letters use. A value may be a
/// <see cref="ClockText"/> itself (the route of a receipt, the subject of a question).
/// </summary>
public sealed record ClockText(string Code, string English, IReadOnlyList<object> Values)
{
    public ClockText(string code, string english)
        : this(code, english, [])
    {
    }

    public override string ToString() => English;
}

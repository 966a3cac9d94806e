namespace CivicAction.Core.Letters;

/// <summary>Whether a finding stops the letter from being sent.</summary>
public enum Severity
{
    /// <summary>The letter cannot be sent until this is fixed.</summary>
    Blocking,

    /// <summary>Shown next to the field; the writer may send anyway.</summary>
    Warning,
}

/// <summary>
/// One finding about a form a person fills in to write a letter (a FOIA request, letters to Congress): the field it
/// concerns (as the form names it, so a page can show it next to the input), how serious it is, what is expected, and
/// a stable <paramref name="Code"/> for code that must not depend on the wording.
/// </summary>
public sealed record FieldCheck(string Field, Severity Severity, string Message, string Code)
{
    /// <summary>
    /// The parts of <see cref="Message"/> that vary (a quoted name, a date, a count), in order, so that a page can word
    /// the finding in the reader's language around them; empty when the message is always the same.
    /// </summary>
    public IReadOnlyList<object> Values { get; init; } = [];

    public static FieldCheck Blocking(string field, string code, string message) => new(field, Severity.Blocking, message, code);

    /// <summary>Whether nothing in <paramref name="checks"/> stops the letter.</summary>
    public static bool AllowSending(IEnumerable<FieldCheck> checks) => checks.All(c => c.Severity != Severity.Blocking);
}

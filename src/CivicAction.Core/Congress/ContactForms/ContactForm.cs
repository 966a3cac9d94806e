namespace CivicAction.Core.Congress.ContactForms;

/// <summary>
/// What one office's web contact form asks for, read from its contact-congress description: a hint with a date
/// (<see cref="LastChanged"/>), never proof that the form still looks like that.
/// </summary>
/// <param name="BioguideId">The member whose office the form belongs to.</param>
/// <param name="FormUrl">Where the form is: the description's first page visited.</param>
/// <param name="Fields">The person's details the form asks for, in the order it asks, each once.</param>
/// <param name="NeedsPerson">The form has a CAPTCHA (or reCAPTCHA): a step only a person can do.</param>
/// <param name="OtherQuestions">Questions answered with a fixed choice (a reply wanted, a newsletter), not a detail.</param>
/// <param name="LastChanged">When the description last changed upstream; null when not known.</param>
public sealed record ContactForm(
    string BioguideId,
    string FormUrl,
    IReadOnlyList<FormField> Fields,
    bool NeedsPerson,
    int OtherQuestions,
    DateOnly? LastChanged)
{
    public FormField? Field(FormVariable variable) => Fields.FirstOrDefault(f => f.Variable == variable);

    public IReadOnlyList<FormField> Required => Fields.Where(f => f.Required).ToList();

    public IReadOnlyList<FormField> Optional => Fields.Where(f => !f.Required).ToList();

    /// <summary>
    /// A description that has not changed for more than a year may describe a form the office has since replaced
    /// (the House files upstream stopped being maintained in 2017).
    /// </summary>
    public bool MayHaveChanged(DateOnly today) => LastChanged is not { } changed || changed.AddYears(1) < today;
}

/// <summary>One detail a form asks for; <see cref="Options"/> are a drop-down's choices, empty for a text box.</summary>
public sealed record FormField(FormVariable Variable, bool Required, IReadOnlyList<FormOption> Options, int? MaxLength = null);

/// <summary>A drop-down's choice: the text a person sees, and the value the form sends (often a code).</summary>
public sealed record FormOption(string Label, string Value);

using CivicAction.Core.Letters.Congress;

namespace CivicAction.Tests.Core.Letters.Congress;

public sealed class LetterEditTests
{
    private static readonly CongressLetter Drafted = new("Oversight of CECOT", "Dear Senator Ossoff,\n\nPlease act.\n\nSincerely,\nAna", [], []);

    [Theory]
    [InlineData("Dear Senator Ossoff,\r\n\r\nPlease act.  \r\n\r\nSincerely,\r\nAna\r\n", false)] // the same letter, written by another browser
    [InlineData(null, false)] // no box in the form
    [InlineData("Dear Senator Ossoff,\n\nPlease act now.\n\nSincerely,\nAna", true)]
    [InlineData("", true)] // emptied: an edit (refused by the checks), never the template again
    public void AnEdit_DiffersOnlyWhenItsTextDoes(string? body, bool differs) =>
        Assert.Equal(differs, new LetterEdit { Body = body }.Differs(Drafted));

    [Fact]
    public void ApplyingAnEdit_TidiesItsLineEnds_AndKeepsWhatItLeavesOut()
    {
        var letter = new LetterEdit { Body = "\n\nDear Senator,\r\nI ask you [Your Ask].   \r\n\r\n" }.ApplyTo(Drafted);

        Assert.Equal("Dear Senator,\nI ask you [Your Ask].", letter.Body);
        Assert.Equal("Oversight of CECOT", letter.Subject);
        Assert.Equal(["Your Ask"], letter.UnfilledPlaceholders);
    }

    [Theory]
    [InlineData("", "Please act.", "edits[C000127].subject", "required")]
    [InlineData("Line\nbreak", "Please act.", "edits[C000127].subject", "line-break-or-control")]
    [InlineData("Oversight", " \n ", "edits[C000127].body", "required")]
    [InlineData("Oversight", "Please act.\u0007", "edits[C000127].body", "line-break-or-control")]
    [InlineData("Oversight", "I live in [Your Town].", "edits[C000127].body", "required")]
    public void AnEditThatCannotGo_IsRefusedOnItsField(string subject, string body, string field, string code)
    {
        var check = Assert.Single(LetterEditChecks.Check("C000127", new LetterEdit { Subject = subject, Body = body }));

        Assert.Equal((field, code), (check.Field, check.Code));
    }

    [Fact]
    public void TooLongALetterOrSubject_IsRefusedWithItsLength()
    {
        var checks = LetterEditChecks.Check("typed-0", new LetterEdit
        {
            Subject = new string('s', LetterEditChecks.SubjectMax + 1),
            Body = new string('b', LetterEditChecks.BodyMax + 1),
        });

        Assert.Equal(["too-long", "too-long"], checks.Select(c => c.Code));
        Assert.Contains("it has 10,001", checks[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditThatCanGo_HasNoFindings() =>
        Assert.Empty(LetterEditChecks.Check("C000127", new LetterEdit { Subject = "Oversight", Body = "Dear Senator,\n\tPlease act." }));
}

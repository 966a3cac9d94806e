using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Composing;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Letters.Composing;

/// <summary>A brief's sample text becomes the person's own: blanks filled, their paragraph added, checked and counted.</summary>
public sealed class ComposerTests
{
    private static readonly ComposerTemplate Comment = ComposerTemplate.Of(ParseFixture("every_kind_of_action.txt").Actions[2]);

    private static readonly ComposerTemplate Statement = ComposerTemplate.Of(ParseFixture("every_kind_of_action.txt").Actions[3]);

    [Fact]
    public void TheSampleComment_IsTheText_AndABlockOfBulletsAlone_IsATip()
    {
        Assert.Equal(["I am a [Your Role] on the Clearwater River. The proposed rule would remove limits that keep the river fishable. Please keep the runoff limits in docket EPA-HQ-OW-2026-0142."],
            Comment.Paragraphs);
        Assert.Equal(["Your Role"], Comment.Placeholders);
        Assert.Equal(["What to include"], Comment.Tips.Select(t => t.Label));
    }

    [Fact]
    public void TheMeetingsStatement_IsTheText_AndItsInstructions_AreTips()
    {
        Assert.Equal(["My name is [Your Name]. I ask the board to keep the runoff limits."], Statement.Paragraphs);
        Assert.Equal(["What to bring", "Hints for speaking"], Statement.Tips.Select(t => t.Label));
    }

    [Fact]
    public void Compose_FillsEveryBlank_AndPutsThePersonsParagraphLast()
    {
        var text = ComposedText.Compose(Comment, new ComposerInput { Values = ["  fishing guide "], Personal = "I guide trips.\r\nTwice a week.\r\n" });

        Assert.Equal("I am a fishing guide on the Clearwater River. The proposed rule would remove limits that keep the river fishable. " +
            "Please keep the runoff limits in docket EPA-HQ-OW-2026-0142.\n\nI guide trips.\nTwice a week.", text);
    }

    [Theory]
    [InlineData("", ComposerCheckCodes.Required)]
    [InlineData("   ", ComposerCheckCodes.Required)]
    [InlineData("guide\r\nBcc: x@example.org", ComposerCheckCodes.LineBreakOrControl)]
    [InlineData("[Your Role]", ComposerCheckCodes.Required)]
    public void ABlank_MustBeFilled_OnOneLine_WithOwnWords(string value, string code)
    {
        var errors = ComposerChecks.Check(Comment, new ComposerInput { Values = [value] });

        Assert.Equal([(ComposerChecks.ValueField(0), code)], errors.Select(e => (e.Field, e.Code)));
        Assert.Contains("“Your Role”", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABlank_IsBounded_AndTheParagraph_TooWithNoBlankOrControlCharacter()
    {
        Assert.Equal(ComposerCheckCodes.TooLong, ComposerChecks.Check(Comment, new ComposerInput { Values = [new string('a', ComposerChecks.ValueMax + 1)] }).Single().Code);
        Assert.Empty(ComposerChecks.Check(Comment, new ComposerInput { Values = [new string('a', ComposerChecks.ValueMax)] }));

        Assert.Equal((ComposerChecks.PersonalField, ComposerCheckCodes.Required),
            ComposerChecks.Check(Comment, new ComposerInput { Values = ["guide"], Personal = "I live in [Your Town]." }).Select(e => (e.Field, e.Code)).Single());
        Assert.Equal(ComposerCheckCodes.LineBreakOrControl, ComposerChecks.Check(Comment, new ComposerInput { Values = ["guide"], Personal = "a\tb" }).Single().Code);
        Assert.Equal(ComposerCheckCodes.TooLong, ComposerChecks.Check(Comment, new ComposerInput { Values = ["guide"], Personal = new string('p', ComposerChecks.PersonalMax + 1) }).Single().Code);
    }

    [Fact]
    public void TheCount_IsTheTextBoxs_ALineBreakCountsOne()
    {
        Assert.Equal(3, CommentLength.Count("a\r\nb"));
        Assert.Equal(3, CommentLength.Count("a\nb"));
        Assert.Equal(2, CommentLength.Count("🎣"));
    }

    [Fact]
    public void AComment_OfExactlyTheLimit_Fits_AndOneMore_IsRefusedWithItsCount()
    {
        var fixedPart = ComposedText.Compose(Comment, new ComposerInput { Values = ["guide"] }).Length + 2;
        var atLimit = ComposedText.Compose(Comment, new ComposerInput { Values = ["guide"], Personal = new string('x', CommentLength.RegulationsGovMax - fixedPart) });
        var over = ComposedText.Compose(Comment, new ComposerInput { Values = ["guide"], Personal = new string('x', CommentLength.RegulationsGovMax - fixedPart + 1) });

        Assert.Equal(5000, CommentLength.Count(atLimit));
        Assert.Null(ComposerChecks.CheckCommentLength(atLimit));
        var refused = ComposerChecks.CheckCommentLength(over)!;
        Assert.Equal((Severity.Blocking, ComposerCheckCodes.OverLimit), (refused.Severity, refused.Code));
        Assert.Contains("5,001 characters", refused.Message, StringComparison.Ordinal);
        Assert.Contains("by 1 character,", refused.Message, StringComparison.Ordinal);
    }
}

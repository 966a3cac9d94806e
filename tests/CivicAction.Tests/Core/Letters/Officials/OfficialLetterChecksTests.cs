using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Officials;

namespace CivicAction.Tests.Core.Letters.Officials;

/// <summary>The details of a letter to an official: each field single line, bounded, required, and no blank typed into it.</summary>
public sealed class OfficialLetterChecksTests
{
    private static readonly string[] Blanks = ["Bill Number", "State Legislator Name"];

    private static OfficialLetterDetails Complete() => new()
    {
        Name = "Ana Lee", Street = "12 Mill Road", City = "Clearwater", State = "OR", Zip = "97001", Email = "ana@example.org",
        Extra = ["SB 214", "Senator Maria Ortiz"],
    };

    private static Dictionary<string, string> Messages(OfficialLetterDetails details) =>
        OfficialLetterChecks.Check(details, Blanks).ToDictionary(c => c.Field, c => c.Message);

    [Fact]
    public void CompleteDetails_PassEveryCheck() => Assert.Empty(OfficialLetterChecks.Check(Complete(), Blanks));

    [Fact]
    public void EmptyDetails_GetAMessagePerField()
    {
        var messages = Messages(new OfficialLetterDetails());

        Assert.Equal(["extra[0]", "extra[1]", "name", "street", "city", "state", "zip", "email"], messages.Keys);
        Assert.Equal("Fill in “Bill Number”: it goes into the letter.", messages["extra[0]"]);
        Assert.Equal("Enter your name: the letter is signed with it.", messages["name"]);
        Assert.All(OfficialLetterChecks.Check(new OfficialLetterDetails(), Blanks), c => Assert.Equal(Severity.Blocking, c.Severity));
    }

    [Fact]
    public void ALineBreak_ALongValue_ABracketedBlank_AndABadEmailOrZip_AreRefusedWithTheirReason()
    {
        var details = Complete();
        details.Name = "Ana\r\nBcc: everyone@example.org";
        details.Street = new string('x', 201);
        details.Extra = ["[Bill Number]", "Senator Ortiz"];
        details.Email = "ana at example";
        details.Zip = "9700";
        details.Personal = "Please [add something].";

        var messages = Messages(details);

        Assert.Equal("Write your name on one line: line breaks and other control characters are not allowed.", messages["name"]);
        Assert.Equal("Shorten your street address to at most 200 characters.", messages["street"]);
        Assert.StartsWith("Write “Bill Number” itself, without [square brackets]", messages["extra[0]"], StringComparison.Ordinal);
        Assert.Contains("is not an e-mail address", messages["email"], StringComparison.Ordinal);
        Assert.True(messages.ContainsKey("zip"));
        Assert.Equal("Replace the [bracketed] blank in your paragraph with your own words.", messages["personal"]);
        Assert.False(messages.ContainsKey("extra[1]"));
    }
}

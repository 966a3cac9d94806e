using CivicAction.Web.Features.Congress.Letters;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.Shared;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>The ledger's words for each letter, before and after the person deleted their data.</summary>
public sealed class LetterStatusTests
{
    private static SentLetter Sent(string toAddress) => new(1, "C000127", "Senator Maria Cantwell", OutboxState.Sent, toAddress, "", "",
        new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero), null, 1);

    [Fact]
    public void ASentLetter_SaysWhereItWent()
    {
        Assert.Equal("Sent on November 30, 2026 at 15:00 UTC to cantwell-office@senate.test, with a copy to you.",
            LetterStatus.Describe(Sent("cantwell-office@senate.test")));
    }

    [Fact]
    public void AfterDeletion_ItNamesTheOffice_NeverAnEmptyRecipient()
    {
        var text = LetterStatus.Describe(Sent(""));

        Assert.Equal("Sent on November 30, 2026 at 15:00 UTC to Senator Maria Cantwell's office, with a copy to you.", text);
        Assert.DoesNotContain("to ,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void InThePersonsTimeZone_TheTimeIsTheirs()
    {
        Assert.Equal("Sent on November 30, 2026 at 7:00 AM (Los Angeles time) to cantwell-office@senate.test, with a copy to you.",
            LetterStatus.Describe(Sent("cantwell-office@senate.test"), PersonTime.Named("America/Los_Angeles")));
    }
}

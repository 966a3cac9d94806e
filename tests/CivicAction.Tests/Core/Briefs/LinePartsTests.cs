using CivicAction.Core.Briefs;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>The small recognisers: dates, tag lines, contact lines, slugs.</summary>
public sealed class LinePartsTests
{
    [Theory]
    [InlineData("November 26, 2025", 2025, 11, 26)]
    [InlineData("Nov 26, 2025", 2025, 11, 26)]
    [InlineData("Nov. 26, 2025", 2025, 11, 26)]
    [InlineData("Sept. 3, 2026", 2026, 9, 3)]
    [InlineData("Sep 3, 2026", 2026, 9, 3)]
    [InlineData("2025-11-26", 2025, 11, 26)]
    [InlineData("26 November 2025", 2025, 11, 26)]
    [InlineData("february 29, 2028", 2028, 2, 29)]
    public void Dates_InEveryFormBriefsUse(string text, int y, int m, int d)
    {
        Assert.True(BriefDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("Yesterday")]
    [InlineData("February 29, 2025")]
    [InlineData("Nov 26 2025 at noon")]
    [InlineData("11/26/2025")]
    public void NotDates(string text) => Assert.False(BriefDate.TryParse(text, out _));

    [Fact]
    public void TagLine_SplitsEmojiAndNames()
    {
        Assert.True(TagLine.TryParse("🛂Immigration⚖️Justice🌍Foreign Policy", out var tags));
        Assert.Equal(["🛂", "⚖️", "🌍"], tags.Select(t => t.Emoji));
        Assert.Equal(["Immigration", "Justice", "Foreign Policy"], tags.Select(t => t.Name));
    }

    [Theory]
    [InlineData("A sentence that is not tags.")]
    [InlineData("🚨 Breaking: the council voted today.")]
    [InlineData("🛂🌍")]
    [InlineData("")]
    public void TagLine_RejectsOrdinaryText(string line) => Assert.False(TagLine.TryParse(line, out _));

    [Theory]
    [InlineData("foia@hq.dhs.gov", ContactLine.Kind.Email)]
    [InlineData("www.dhs.gov/foia", ContactLine.Kind.Url)]
    [InlineData("https://www.congress.gov/members?q=x", ContactLine.Kind.Url)]
    [InlineData("house.gov", ContactLine.Kind.Url)]
    [InlineData("(202) 224-3121", ContactLine.Kind.Phone)]
    [InlineData("202-224-3121", ContactLine.Kind.Phone)]
    [InlineData("+1 202.224.3121", ContactLine.Kind.Phone)]
    [InlineData("Call (202) 224-3121 today", ContactLine.Kind.None)]
    [InlineData("U.S.", ContactLine.Kind.None)]
    [InlineData("Thank you.", ContactLine.Kind.None)]
    [InlineData("mailto:foia@hq.dhs.gov", ContactLine.Kind.Email)]
    // Shaped like an address, but not one address the sending parser reads back as written: plain text.
    [InlineData("foia,someone@example.org", ContactLine.Kind.None)]
    [InlineData("foia:someone@example.org", ContactLine.Kind.None)]
    [InlineData("foia;someone@example.org", ContactLine.Kind.None)]
    [InlineData("mailto:foia,someone@example.org", ContactLine.Kind.None)]
    [InlineData("a..b@example.org", ContactLine.Kind.None)]
    public void ContactLines_AreClassified(string line, ContactLine.Kind kind) =>
        Assert.Equal(kind, ContactLine.Classify(line));

    [Theory]
    [InlineData("www.dhs.gov/foia", ContactLine.Kind.Url, "https://www.dhs.gov/foia")]
    [InlineData("http://example.org", ContactLine.Kind.Url, "http://example.org")]
    [InlineData("foia@hq.dhs.gov", ContactLine.Kind.Email, "mailto:foia@hq.dhs.gov")]
    [InlineData("mailto:foia@hq.dhs.gov", ContactLine.Kind.Email, "mailto:foia@hq.dhs.gov")]
    [InlineData("(202) 224-3121", ContactLine.Kind.Phone, "tel:+12022243121")]
    [InlineData("202-224-3121 ext. 5", ContactLine.Kind.Phone, "tel:+12022243121;ext=5")]
    public void ContactLinks_AreWorkingHrefs(string contact, ContactLine.Kind kind, string href) =>
        Assert.Equal(href, ContactLine.ToHref(contact, kind));

    [Theory]
    [InlineData("Ça coûte cher: Québec’s plan", "ca-coute-cher-quebecs-plan")]
    [InlineData("!!!", "story")]
    [InlineData("A headline that goes on and on far beyond the sixty characters any address should have", "a-headline-that-goes-on-and-on-far-beyond-the-sixty")]
    public void Slugs_AreShortAsciiWords(string headline, string slug) => Assert.Equal(slug, Slug.FromHeadline(headline));
}

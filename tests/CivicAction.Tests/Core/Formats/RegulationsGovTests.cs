using CivicAction.Core.Formats;

namespace CivicAction.Tests.Core.Formats;

public sealed class RegulationsGovTests
{
    [Theory]
    [InlineData("EPA-HQ-OW-2026-0142", "https://www.regulations.gov/docket/EPA-HQ-OW-2026-0142")]
    [InlineData("FDA-2013-N-0500", "https://www.regulations.gov/docket/FDA-2013-N-0500")]
    [InlineData("epa-hq-ow-2026-0142", null)]
    [InlineData("EPA-HQ-OW-2026-0142\"><script>", null)]
    [InlineData("EPA/../2026-0142", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void OnlyADocketId_BecomesADocketLink(string? id, string? url) => Assert.Equal(url, RegulationsGov.DocketUrl(id));

    [Theory]
    [InlineData("https://www.regulations.gov/docket/X", "https://www.regulations.gov/docket/X")]
    [InlineData("www.example.gov/comments", "https://www.example.gov/comments")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("www.example.gov/\"onmouseover=\"x", null)]
    [InlineData("example.gov", null)]
    public void OnlyAWebAddress_IsALink(string address, string? href) => Assert.Equal(href, RegulationsGov.Href(address));
}

using AngleSharp.Html.Parser;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Web.Pages;

public sealed class HomePageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task FirstStart_ImportsTheSeeds_AndTheHomePageListsThem()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var link = document.QuerySelector("main article h2 a");
        Assert.NotNull(link);
        Assert.Equal("DOJ admits DHS Secretary Noem personally decided to deport Venezuelan detainees to El Salvador's CECOT prison", link.TextContent);
        Assert.Equal("/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport", link.GetAttribute("href"));
        Assert.Equal("2025-11-26", document.QuerySelector("main article time")!.GetAttribute("datetime"));
    }
}

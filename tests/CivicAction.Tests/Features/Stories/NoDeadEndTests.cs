using System.Net;
using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Stories;

/// <summary>
/// No action ends on a button that leads back to its own text: on the story pages of the fixture briefs, an action with a
/// page to draft on leads there, and an action with nothing to draft shows its text with no link to its own action page.
/// </summary>
public sealed class NoDeadEndTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    public static TheoryData<string> FixtureBriefs() => [.. Directory.EnumerateFiles(Fixtures.BriefsFolder, "*.txt").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(FixtureBriefs))]
    public async Task NoActionOnTheStoryPage_LinksBackToItsOwnText(string file)
    {
        var brief = BriefParser.Parse(file, await File.ReadAllBytesAsync(Fixtures.Brief(file))).Brief!;
        var slug = Slug.FromHeadline(brief.Headline);
        var (response, page) = await _client.GetPageAsync($"/stories/{slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        foreach (var action in brief.Actions)
        {
            var section = page.QuerySelector($"#action-{action.Number}")!;
            var own = $"/stories/{slug}/actions/{action.Number}";
            var buttons = section.QuerySelectorAll(".call-to-act a").Select(a => a.GetAttribute("href")).ToList();
            Assert.DoesNotContain(own, buttons);
            // Every template with blanks to fill has a composer.
            var blanks = action.Blocks.Where(b => b.Role == BlockRole.Message).SelectMany(ActionTexts.Of).SelectMany(Placeholders.In);
            Assert.False(blanks.Any() && DraftKinds.Of(action) == DraftKind.None, $"action {action.Number} of {file} has blanks but no composer");
            if (DraftKinds.Of(action) == DraftKind.None)
            {
                Assert.Empty(buttons);
                Assert.Empty(section.QuerySelectorAll($"a[href='{own}']"));
            }
            else
            {
                Assert.Equal([$"{own}/"], buttons.Select(b => b![..(own.Length + 1)]));
                var draft = await _client.GetAsync(new Uri(buttons[0]!, UriKind.Relative));
                Assert.True(draft.StatusCode == HttpStatusCode.OK, $"{buttons[0]} answered {draft.StatusCode}");
            }
        }
    }
}

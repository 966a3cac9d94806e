using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CivicAction.BrowserTests.Support;

/// <summary>axe-core (embedded, offline) against WCAG 2.1 A and AA.</summary>
public static class Accessibility
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()).Take(3))}"));
        Assert.True(result.Violations.Length == 0, $"axe found {result.Violations.Length} violations on {page.Url}:\n{report}");
    }
}

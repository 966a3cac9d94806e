using System.Globalization;

namespace CivicAction.Web.Features.Stories;

/// <summary>How many calls were made through the site for each call action of a story (kept by the calls feature).</summary>
public interface ICallCounts
{
    /// <summary>Action number → calls counted; actions without any are absent.</summary>
    IReadOnlyDictionary<int, long> Of(string storySlug);
}

/// <summary>"1 call made through this site", "1,204 calls made through this site".</summary>
public static class CallCountText
{
    public static string Made(long count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? "call" : "calls")} made through this site");
}

namespace CivicAction.Web.Features.Stories;

/// <summary>How many calls were made through the site for each call action of a story (kept by the calls feature).</summary>
public interface ICallCounts
{
    /// <summary>Action number → calls counted; actions without any are absent.</summary>
    IReadOnlyDictionary<int, long> Of(string storySlug);
}

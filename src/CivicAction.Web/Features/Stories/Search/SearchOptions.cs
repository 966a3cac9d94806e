using System.ComponentModel.DataAnnotations;
using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Features.Stories.Search;

/// <summary>How long one search may run. Bound to the <c>Search</c> section.</summary>
public sealed class SearchOptions : IOptionsSection
{
    public static string Section => "Search";

    /// <summary>
    /// The most milliseconds one search may take before the database's work is stopped and the reader is asked for
    /// more specific words; 0 stops every search at once. An ordinary search takes a few milliseconds.
    /// </summary>
    [Range(0, 60_000)]
    public int TimeBudgetMilliseconds { get; set; } = 1000;
}

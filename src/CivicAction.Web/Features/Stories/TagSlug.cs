using CivicAction.Core.Briefs;

namespace CivicAction.Web.Features.Stories;

/// <summary>The address of a tag page: "Foreign Policy" -> "foreign-policy".</summary>
public static class TagSlug
{
    public static string From(string name) => Slug.FromHeadline(name);
}

using CivicAction.Core.Letters;

namespace CivicAction.Web.Features.Stories;

/// <summary>
/// The addresses of a story's actions. Which page an action leads to is decided in the core
/// (<see cref="DraftKinds"/>); this only says where each kind of draft lives on the site.
/// </summary>
public static class ActionLinks
{
    public static string ActionPath(string storySlug, int number) => $"/stories/{storySlug}/actions/{number}";

    /// <summary>The drafting page of an action, or null when the action page itself is the place.</summary>
    public static string? DraftPath(string storySlug, int number, DraftKind kind) => kind switch
    {
        DraftKind.FoiaRequest => ActionPath(storySlug, number) + "/foia",
        DraftKind.CongressLetter => ActionPath(storySlug, number) + "/congress",
        DraftKind.Call => ActionPath(storySlug, number) + "/call",
        DraftKind.PublicComment => ActionPath(storySlug, number) + "/comment",
        DraftKind.Attend => ActionPath(storySlug, number) + "/attend",
        DraftKind.OfficialLetter => ActionPath(storySlug, number) + "/letter",
        _ => null,
    };
}

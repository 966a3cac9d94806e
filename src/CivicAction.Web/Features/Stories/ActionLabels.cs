using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;

namespace CivicAction.Web.Features.Stories;

/// <summary>Human names for actions, used on lists, badges and calls to act.</summary>
public static class ActionLabels
{
    public static string Short(ActionChannel channel, string kind) => channel switch
    {
        ActionChannel.Foia => "FOIA request",
        ActionChannel.Email => "Write to officials",
        ActionChannel.Phone => "Call",
        _ => Capitalise(kind),
    };

    public static string CallToAct(DraftKind draft, ActionChannel channel) => (draft, channel) switch
    {
        (DraftKind.FoiaRequest, _) => "Draft this FOIA request",
        (DraftKind.PublicComment, _) => "Write your comment",
        (DraftKind.Attend, _) => "Plan to attend",
        (DraftKind.OfficialLetter, _) => "Write this letter",
        (DraftKind.CongressLetter, _) or (_, ActionChannel.Email) => "Write this letter",
        (DraftKind.Call, _) or (_, ActionChannel.Phone) => "Make this call",
        _ => "Take this action",
    };

    /// <summary>The channel as the stylesheet's badge classes name it: badge-foia, action-email ...</summary>
    public static string CssName(ActionChannel channel) => channel.ToString().ToLowerInvariant();

    private static string Capitalise(string text) => text.Length == 0 ? "Act" : char.ToUpperInvariant(text[0]) + text[1..];
}

using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using Microsoft.Extensions.Localization;

namespace CivicAction.Web.Features.Stories;

/// <summary>Human names for actions, used on lists, badges and calls to act, in the page's language.</summary>
public static class ActionLabels
{
    /// <summary>The badge: "FOIA request", "Call" ... or, for a kind the site has no name for, the brief's own word.</summary>
    public static string Short(ActionChannel channel, string kind, IStringLocalizer<StoryStrings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return channel switch
        {
            ActionChannel.Foia => text["Label.Foia"],
            ActionChannel.Email => text["Label.Email"],
            ActionChannel.Phone => text["Label.Phone"],
            _ => kind.Length == 0 ? text["Label.Act"] : Capitalise(Kind(kind, text)),
        };
    }

    /// <summary>
    /// The brief's kind of action ("public comment") in the page's language when it is one of the format's own words,
    /// else as the brief wrote it.
    /// </summary>
    public static string Kind(string kind, IStringLocalizer<StoryStrings> text)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(text);
        var known = text["Kind." + kind.Trim().ToLowerInvariant()];
        return known.ResourceNotFound ? kind : known.Value;
    }

    public static string CallToAct(DraftKind draft, ActionChannel channel, IStringLocalizer<StoryStrings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[(draft, channel) switch
        {
            (DraftKind.FoiaRequest, _) => "CallToAct.Foia",
            (DraftKind.PublicComment, _) => "CallToAct.Comment",
            (DraftKind.Attend, _) => "CallToAct.Attend",
            (DraftKind.OfficialLetter, _) => "CallToAct.Letter",
            (DraftKind.CongressLetter, _) or (_, ActionChannel.Email) => "CallToAct.Letter",
            (DraftKind.Call, _) or (_, ActionChannel.Phone) => "CallToAct.Call",
            _ => "CallToAct.Other",
        }];
    }

    /// <summary>The channel as the stylesheet's badge classes name it: badge-foia, action-email ...</summary>
    public static string CssName(ActionChannel channel) => channel.ToString().ToLowerInvariant();

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

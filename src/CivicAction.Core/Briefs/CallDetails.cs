using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>Whom a call is to.</summary>
public enum CallTarget
{
    /// <summary>The reader's own members of Congress, found by the member lookup.</summary>
    Congress,

    /// <summary>A number the brief gives (an agency hotline, a governor's office).</summary>
    Number,
}

/// <summary>Which of the reader's members of Congress a call is to.</summary>
public enum CongressMembers
{
    Senators,
    Representative,
    Both,
}

/// <summary>
/// A call: to the reader's members of Congress (which ones) or to a number, and every phone number the action
/// gives, its contact lines first, then the numbers written in its texts.
/// </summary>
public sealed partial record CallDetails(CallTarget To, CongressMembers? Members, IReadOnlyList<string> Phones)
{
    public static CallDetails Of(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var phones = action.Contacts.Phones.Concat(action.Mentioned.Phones).ToList();
        if (!ActionTypes.NamesCongress(action))
        {
            return new CallDetails(CallTarget.Number, null, phones);
        }

        var texts = ActionTypes.CongressTexts(action).ToList();
        var senate = texts.Any(t => Senate().IsMatch(t));
        var house = texts.Any(t => House().IsMatch(t));
        var members = senate == house ? CongressMembers.Both : senate ? CongressMembers.Senators : CongressMembers.Representative;
        return new CallDetails(CallTarget.Congress, members, phones);
    }

    [GeneratedRegex(@"(?<!\bstate\s)\bsenators?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Senate();

    [GeneratedRegex(@"(?<!\bstate\s)\b(?:representatives?|House members?|Congress(?:man|woman|person|member))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex House();
}

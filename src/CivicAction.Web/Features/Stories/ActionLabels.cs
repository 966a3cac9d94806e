namespace CivicAction.Web.Features.Stories;

/// <summary>Human names for action channels, used on lists, badges and calls to act.</summary>
public static class ActionLabels
{
    public static string Short(string channel, string kind) => channel switch
    {
        "foia" => "FOIA request",
        "email" => "Write to officials",
        "phone" => "Call",
        _ => Capitalise(kind),
    };

    public static string CallToAct(string channel) => channel switch
    {
        "foia" => "Draft this FOIA request",
        "email" => "Write this letter",
        "phone" => "Get the call script",
        _ => "Take this action",
    };

    private static string Capitalise(string text) => text.Length == 0 ? "Act" : char.ToUpperInvariant(text[0]) + text[1..];
}

using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Features.Stories.Importing;

/// <summary>The briefs imported when the app starts on an empty store. Bound to the <c>Seeds</c> section.</summary>
public sealed class SeedOptions : IOptionsSection
{
    public static string Section => "Seeds";

    /// <summary>Folder of *.txt briefs, relative to the working directory; empty to never seed.</summary>
    public string Path { get; set; } = "seeds";
}

using CivicAction.Core.Briefs;

namespace CivicAction.Tests.Support;

/// <summary>
/// The app seeded with the brief of every kind of action and a hostile brief whose comment and meeting hold markup,
/// a meeting without a time, and a docket address that tries to break out of its attribute.
/// </summary>
public sealed class ComposerSite : AppFactory
{
    public const string HostileHeadline = "Council <script>alert(1)</script> hearing on the plan";

    public const string HostileBrief = """
        March 3, 2026

        Council <script>alert(1)</script> hearing on the plan

        A dek with <b>bold</b>

        The council met. It votes later this spring on the plan, after a hearing and a comment period.

        🏛️Local

        What You Can Do

        1

        public comment

        Comment on the <b>plan</b> <img src=x onerror=alert(2)>

        Comments close soon

        https://www.regulations.gov/docket/EPA-HQ-OW-2026-0142"><script>alert(3)</script>

        Sample comment:

        I am <img src=x onerror=alert(4)> a [Your Role] and I oppose the plan.

        2

        attend

        Attend the council hearing <script>alert(5)</script>

        Saturday, March 21, 2026 at Riverside Library, Room 2, "Main" <b>St</b>

        Prepared statement: I am [Your Name], and I say <script>alert(6)</script>.
        """;

    public ComposerSite() : base(PrepareSeeds())
    {
    }

    public static string RiverSlug => Slug.FromHeadline("River district plans to lift limits on farm runoff");

    public static string HostileSlug => Slug.FromHeadline(HostileHeadline);

    private static string PrepareSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("civicaction-composer-seeds-").FullName;
        File.Copy(Fixtures.Brief("every_kind_of_action.txt"), Path.Combine(folder, "every_kind_of_action.txt"));
        File.WriteAllText(Path.Combine(folder, "hostile_comment_and_meeting.txt"), HostileBrief);
        return folder;
    }
}

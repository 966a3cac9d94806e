using System.Text;

namespace CivicAction.Tests.Support;

/// <summary>A synthetic brief whose e-mail action nests bullets far deeper than any real brief.</summary>
public static class DeepBrief
{
    public const string Headline = "Council votes on a nested plan";

    public static string Text(int levels)
    {
        var sb = new StringBuilder("""
            2026-03-02

            Council votes on a nested plan

            The plan has many levels

            The council meets on Monday.

            Residents can write to the council before the vote.

            🏛️Local

            What You Can Do

            1

            civic action

            Email the council

            Subject: About the nested plan

            Dear Council Member [Member Name],

            My points:

            """);
        for (var level = 0; level < levels; level++)
        {
            sb.Append(' ', 2 + (level * 2)).Append("• Point at level ").Append(level + 1).Append('\n');
        }

        sb.Append("\nSincerely,\n[Your Name]\n");
        return sb.ToString();
    }
}

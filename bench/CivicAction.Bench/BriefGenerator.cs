using System.Globalization;
using System.Text;

namespace CivicAction.Bench;

/// <summary>
/// Makes any number of distinct, realistic briefs from the real seed: each gets its own
/// date, headline words and paragraph order, so slugs, tags and search entries all differ.
/// </summary>
public static class BriefGenerator
{
    private static readonly string[] Topics = ["water", "housing", "transit", "schools", "wildfire", "refugees", "prisons", "courts", "privacy", "wages"];
    private static readonly string[] Tags = ["🛂Immigration", "⚖️Justice", "🌍Foreign Policy", "💧Water", "🏛️Local Government", "🇺🇸Congress", "👩‍🔬Science"];

    public static string Generate(string seed, int n)
    {
        var random = new Random(n);
        var blocks = seed.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n");
        var date = new DateOnly(2024, 1, 1).AddDays(n % 900);
        blocks[0] = date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        blocks[1] = $"Brief {n}: officials face questions over {Topics[n % Topics.Length]} and {Topics[(n / 10) % Topics.Length]} {blocks[1]}";
        var tagIndex = Array.FindIndex(blocks, b => b.StartsWith("🛂", StringComparison.Ordinal));
        if (tagIndex > 0)
        {
            var sb = new StringBuilder();
            for (var t = 0; t < 3; t++)
            {
                sb.Append(Tags[random.Next(Tags.Length)]);
            }

            blocks[tagIndex] = sb.ToString();
        }

        return string.Join("\n\n", blocks);
    }
}

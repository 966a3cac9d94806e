using System.Text;
using CivicAction.Core.Briefs;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>
/// Thousands of seeded random mutations of real and synthetic briefs: each must parse to a
/// story that lost nothing, or be rejected cleanly. An exception is a bug.
/// </summary>
public sealed class MutationRobustnessTests
{
    private const int MutationsPerBrief = 1500;

    private static readonly string[] Garbage =
    [
        "What You Can Do", "1", "2", "3", "Subject:", "Subject: [Topic]", "Dear [Name],", "How to find help:", "Key points:",
        "  • ", "    - nested", "* ", "•", ":", "[", "]", "[[x]]", "🛂", "🇺🇸Flag", "#️⃣", "👩‍🔬Science", "https://", "@", "a@b.c",
        "(202) 224-3121", "www.example.gov", "November 26, 2025", "Label: text", "\u00A0", "\t\t", "NoemNoem", "\uFEFF",
        "\u0001", "\u001B[31m", "\u0000", "\u007F", "\u200D", "\uFE0F", new string('x', 5000), "é́́", "\uD83D",
    ];

    public static TheoryData<string> Briefs => new()
    {
        Fixtures.SeedBrief,
        Fixtures.Brief("crlf_bom_accents.txt"),
        Fixtures.Brief("calls_nested_emoji.txt"),
        Fixtures.Brief("every_kind_of_action.txt"),
        Fixtures.Brief("no_actions.txt"),
    };

    [Theory]
    [MemberData(nameof(Briefs))]
    public void RandomMutations_ParseOrRejectCleanly(string path)
    {
        var original = File.ReadAllBytes(path);
        var random = new Random(20251126 ^ Path.GetFileName(path).Length);
        var parsed = 0;
        var rejected = 0;
        for (var i = 0; i < MutationsPerBrief; i++)
        {
            var bytes = Mutate(original, random);
            BriefParseResult result;
            try
            {
                result = BriefParser.Parse("mutant.txt", bytes);
            }
            catch (Exception e)
            {
                Assert.Fail($"mutation {i} of {Path.GetFileName(path)} threw {e.GetType().Name}: {e.Message}\n---\n{Encoding.UTF8.GetString(bytes)}");
                return;
            }

            if (result.Brief is { } brief)
            {
                parsed++;
                AssertWellFormed(brief, bytes, i);
            }
            else
            {
                rejected++;
                var error = result.Error!;
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
                Assert.True(error.Line is null or > 0, $"line {error.Line}");
            }
        }

        // Both outcomes must really occur, or the mutations are too timid (or too wild) to test anything.
        Assert.True(parsed > MutationsPerBrief / 10, $"only {parsed} parsed");
        Assert.True(rejected > MutationsPerBrief / 50, $"only {rejected} rejected");
    }

    private static void AssertWellFormed(Brief brief, byte[] bytes, int mutation)
    {
        Assert.False(string.IsNullOrWhiteSpace(brief.Headline));
        Assert.Equal(Enumerable.Range(1, brief.Actions.Count), brief.Actions.Select(a => a.Number));
        Assert.All(brief.Actions, a => Assert.False(string.IsNullOrWhiteSpace(a.Title)));
        var text = Encoding.UTF8.GetString(bytes);
        var missing = BriefText.MissingWords(text, brief);
        Assert.True(missing.Count == 0, $"mutation {mutation} lost {string.Join(", ", missing.Take(5))}\n---\n{text}");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        var operations = random.Next(1, 4);
        for (var op = 0; op < operations && lines.Count > 0; op++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    break;
                case 2:
                    lines.Insert(at, Garbage[random.Next(Garbage.Length)]);
                    break;
                case 3:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 4:
                    var line = lines[at];
                    var cut = random.Next(line.Length + 1);
                    lines[at] = line[..cut] + Garbage[random.Next(Garbage.Length)] + line[cut..];
                    break;
                case 5:
                    lines.Insert(at, "");
                    break;
                default:
                    lines = lines.Take(at + 1).ToList();
                    lines[^1] = lines[^1][..random.Next(lines[^1].Length + 1)];
                    break;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        if (random.Next(10) == 0 && bytes.Length > 0)
        {
            // Byte-level damage: a truncated multi-byte character or a stray byte.
            var cut = random.Next(bytes.Length);
            bytes = random.Next(2) == 0 ? bytes[..cut] : [.. bytes[..cut], (byte)random.Next(256), .. bytes[cut..]];
        }

        return bytes;
    }
}

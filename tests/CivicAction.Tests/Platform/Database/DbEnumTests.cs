using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Database;
using Dapper;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Platform.Database;

/// <summary>Every stored enum goes to SQL as its text and comes back through Dapper as the same value.</summary>
public sealed partial class DbEnumTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static readonly Type[] Stored =
        [typeof(OutboxState), typeof(MessagePurpose), typeof(DeliveryChannel), typeof(SubmissionRoute), typeof(FoiaOutcome),
         typeof(ActionChannel), typeof(Dataset), typeof(AsOfBasis)];

    public static TheoryData<Type> StoredEnums() => [.. Stored];

    [Theory]
    [MemberData(nameof(StoredEnums))]
    public void EveryValue_RoundTripsThroughTheDatabase(Type type)
    {
        var roundTrip = typeof(DbEnumTests).GetMethod(nameof(RoundTrip), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type);
        roundTrip.Invoke(this, null);
    }

    [Fact]
    public void TheTexts_AreTheNamesInLowerCase_AsTheSchemaAndOlderRowsHaveThem()
    {
        Assert.Equal("held", DbEnum.Text(OutboxState.Held));
        Assert.Equal("partlydenied", DbEnum.Text(FoiaOutcome.PartlyDenied));
        Assert.Equal("zipdistricts", DbEnum.Text(Dataset.ZipDistricts));
        Assert.Null(DbEnum.Text((FoiaOutcome?)null));
    }

    [Fact]
    public void NoStoredText_IsWrittenAsALiteralInTheAppsSql()
    {
        var texts = Stored
            .SelectMany(t => Enum.GetNames(t).Select(n => n.ToLowerInvariant()))
            .Where(t => t.Length > 2)
            .ToHashSet(StringComparer.Ordinal);
        // Where the app's SQL is: the features' stores, the platform's database code, the SQLite provider.
        var web = Path.Combine(Fixtures.RepositoryRoot, "src", "CivicAction.Web");
        var literals = new[] { "Features", Path.Combine("Platform", "Database"), "Sqlite" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(web, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => SqlLiteral().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Text: m.Groups[1].Value)))
            .Where(l => texts.Contains(l.Text))
            .ToList();

        Assert.True(literals.Count == 0, string.Join(Environment.NewLine, literals));
    }

    private void RoundTrip<T>() where T : struct, Enum
    {
        using var connection = _db.Database.OpenForWriting();
        connection.Execute("CREATE TEMP TABLE stored (value TEXT NOT NULL)");
        foreach (var value in Enum.GetValues<T>())
        {
            connection.Execute("DELETE FROM stored; INSERT INTO stored (value) VALUES (@text)", new { text = DbEnum.Text(value) });

            Assert.Equal(value, connection.QuerySingle<StoredValue<T>>("SELECT value FROM stored").Value);
        }
    }

    private sealed record StoredValue<T>(T Value);

    [GeneratedRegex(@"'([a-z]+)'")]
    private static partial Regex SqlLiteral();
}

using System.Diagnostics;
using System.Text.Json;
using CivicAction.Tests.Support;
using CivicAction.Web;
using CivicAction.Web.Platform.CommandLine;

namespace CivicAction.Tests.Features.Stories.Importing;

/// <summary>The <c>import</c> verb as a user runs it: arguments in, text and exit status out.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string DbPath => Path.Combine(_folder, "cli.db");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = new CommandLineApp(output, errors, interactive: false).Run(Invocation.Parse(args));
        return (exit, output.ToString(), errors.ToString());
    }

    private string WriteBrief(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void DryRunJson_PrintsTheContract_AndStoresNothing()
    {
        var (exit, output, errors) = Run("import", Fixtures.SeedsFolder, "--dry-run", "--json", "--db", DbPath);

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.False(File.Exists(DbPath));
        var json = JsonDocument.Parse(output).RootElement;
        var story = Assert.Single(json.GetProperty("stories").EnumerateArray());
        Assert.Equal("000_e854b459b944895b.txt", story.GetProperty("source").GetString());
        Assert.Equal(2, story.GetProperty("actions").GetArrayLength());
        Assert.Empty(json.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void DryRunJson_WithARejectedFile_ExitsOne_AndListsTheError()
    {
        var bad = WriteBrief("broken.txt", "Not a date\n\nHeadline\n");

        var (exit, output, errors) = Run("import", bad, Fixtures.SeedBrief, "--dry-run", "--json");

        Assert.Equal(1, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Single(json.GetProperty("stories").EnumerateArray());
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal("broken.txt", error.GetProperty("source").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.StartsWith("expected a date such as 'November 26, 2025'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains($"{bad}:1: expected a date", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StoresIntoTheChosenDatabase_ThenReportsUnchanged()
    {
        var first = Run("import", Fixtures.SeedsFolder, "--db", DbPath);
        var second = Run("import", Fixtures.SeedsFolder, "--db", DbPath);

        Assert.Equal(0, first.Exit);
        Assert.True(File.Exists(DbPath));
        Assert.Contains("1 files: 1 added, 0 updated, 0 unchanged, 0 rejected", first.Out, StringComparison.Ordinal);
        Assert.Contains("/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport", first.Out, StringComparison.Ordinal);
        Assert.Contains("1 files: 0 added, 0 updated, 1 unchanged, 0 rejected", second.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "--dry-run")]
    [InlineData("import", "seeds", "--bogus")]
    [InlineData("import", "/no/such/folder")]
    [InlineData("frobnicate")]
    [InlineData("import", "seeds", "--db")]
    public void WrongUsage_ExitsTwo_WithAMessage(params string[] args)
    {
        var (exit, _, errors) = Run(args);
        Assert.Equal(2, exit);
        Assert.NotEqual("", errors.Trim());
    }

    [Fact]
    public void TheRealExecutable_PrintsOnlyJsonOnStandardOutput()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "CivicAction.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", app, "import", Fixtures.SeedsFolder, "--dry-run", "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("stories").GetArrayLength());
    }
}

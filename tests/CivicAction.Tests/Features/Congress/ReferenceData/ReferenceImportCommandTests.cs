using CivicAction.Tests.Support;
using CivicAction.Web;
using CivicAction.Web.Platform.CommandLine;

namespace CivicAction.Tests.Features.Congress.ReferenceData;

/// <summary>The <c>import-legislators</c> and <c>import-zip-districts</c> verbs as a user runs them.</summary>
public sealed class ReferenceImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string DbPath => Path.Combine(_folder, "cli.db");

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = new CommandLineApp(output, errors, interactive: false).Run(Invocation.Parse([.. args, "--db", DbPath]));
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void ImportZipDistricts_OfAFolder_StoresTheTable_AndSaysAsOfWhen()
    {
        var (exit, output, errors) = Run("import-zip-districts", SharedData.ZipDistrictsFolder, "--as-of", "2024-11-12");

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.StartsWith("zip-districts: 42033 ZIP-district rows, 33774 ZIPs, 437 districts from zccd.csv, as of 2024-11-12, in ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportLegislators_OfAFolder_StoresMembersAndOffices_AndPrintsItsRepairsAsNotes()
    {
        var (exit, output, errors) = Run("import-legislators", SharedData.LegislatorsFolder, "--as-of=2026-06-15");

        Assert.Equal(0, exit);
        Assert.StartsWith("legislators: 537 members (100 senators, 437 House), 1312 district offices from legislators-current.yaml, legislators-district-offices.yaml, as of 2026-06-15, in ",
            output, StringComparison.Ordinal);
        Assert.Contains("legislators-current.yaml:41045: note: F000484 contact_form: repaired 'hhttps://", errors, StringComparison.Ordinal);
        Assert.Contains("note: G000607 has no official full name; using 'James Gallagher'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAsOf_TheOutputSaysTheDateIsOnlyTheFilesDate()
    {
        var (exit, output, _) = Run("import-zip-districts", SharedData.ZipDistrictsCsv);

        Assert.Equal(0, exit);
        Assert.Contains("(the file's date; --as-of DATE gives the data's own)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ARejectedFile_ExitsOne_WithFileAndLine_AndChangesNothing()
    {
        Run("import-zip-districts", SharedData.ZipDistrictsFolder);
        var bad = Path.Combine(_folder, "zccd.csv");
        File.WriteAllText(bad, "state_abbr,zcta,cd\nWA,98103,7\nWA,ABCDE,7\n");

        var (exit, output, errors) = Run("import-zip-districts", bad);
        var lookup = new CivicAction.Web.Features.Congress.Lookup.CongressStore(new CivicAction.Web.Sqlite.SqliteDatabase(DbPath), TimeProvider.System).FindByZip("91711");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"{bad}:3: expected a 5-digit ZIP (ZCTA) such as 05401, found 'ABCDE'", errors, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", errors, StringComparison.Ordinal);
        Assert.Equal(6, lookup.Districts.Count);
    }

    [Fact]
    public void ImportContactForms_OfTheContactCongressFolder_StoresTheForms_AndNotesTheRepair()
    {
        var (exit, output, errors) = Run("import-contact-forms", SharedData.ContactCongressFolder, "--as-of", "2026-08-13");

        Assert.Equal(0, exit);
        Assert.StartsWith("contact-forms: 275 contact forms (135 with a CAPTCHA), 249 files without a form from contact-congress members/ (524 files), members-last-changed.csv, as of 2026-08-13, in ",
            output, StringComparison.Ordinal);
        Assert.Contains("K000394.yaml:156: note: repaired 'success:'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportContactForms_WithABrokenFile_ExitsOne_WithFileAndLine_AndChangesNothing()
    {
        Run("import-contact-forms", SharedData.ContactCongressFolder);
        var members = Path.Combine(_folder, "members");
        Directory.CreateDirectory(members);
        File.Copy(Path.Combine(SharedData.ContactCongressFolder, "members", "M001111.yaml"), Path.Combine(members, "M001111.yaml"));
        File.WriteAllText(Path.Combine(members, "Z000001.yaml"), "bioguide: Z000001\ncontact_form:\n  steps:\n    - visit: [\n");

        var (exit, output, errors) = Run("import-contact-forms", members);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"{Path.Combine(members, "Z000001.yaml")}:5: not valid YAML", errors, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", errors, StringComparison.Ordinal);
        using var connection = new CivicAction.Web.Sqlite.SqliteDatabase(DbPath).Open();
        Assert.Equal(275, Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT COUNT(*) FROM contact_forms"));
    }

    [Theory]
    [InlineData("import-zip-districts")]
    [InlineData("import-zip-districts", "/no/such/folder")]
    [InlineData("import-zip-districts", "a.csv", "b.csv")]
    [InlineData("import-zip-districts", "zccd.csv", "--bogus")]
    [InlineData("import-zip-districts", "zccd.csv", "--as-of", "June 2026")]
    [InlineData("import-zip-districts", "zccd.csv", "--as-of")]
    [InlineData("import-legislators")]
    [InlineData("import-legislators", "/no/such/folder")]
    [InlineData("import-contact-forms")]
    [InlineData("import-contact-forms", "/no/such/folder")]
    [InlineData("import-contact-forms", "members-last-changed.csv", "--as-of", "2026")]
    public void WrongUsage_ExitsTwo_WithAMessage(params string[] args)
    {
        var (exit, _, errors) = Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith(args[0] + ": ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutTheExpectedFiles_IsWrongUsage()
    {
        var legislators = Run("import-legislators", _folder);
        var zips = Run("import-zip-districts", _folder);

        Assert.Equal((2, $"import-legislators: no legislators-current.yaml or legislators-current.csv in {_folder}"), (legislators.Exit, legislators.Err.Trim()));
        Assert.Equal((2, $"import-zip-districts: no zccd.csv in {_folder}"), (zips.Exit, zips.Err.Trim()));
    }

    [Fact]
    public void TheUsageText_DescribesBothVerbs()
    {
        Assert.Contains("import-legislators PATH [--as-of DATE]", Invocation.UsageText, StringComparison.Ordinal);
        Assert.Contains("import-zip-districts PATH [--as-of DATE]", Invocation.UsageText, StringComparison.Ordinal);
        Assert.DoesNotContain("not available", Run("import-legislators").Err, StringComparison.Ordinal);
    }
}

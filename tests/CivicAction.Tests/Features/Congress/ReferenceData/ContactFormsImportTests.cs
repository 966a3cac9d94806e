using CivicAction.Tests.Support;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Congress.ReferenceData.Files;
using Dapper;

namespace CivicAction.Tests.Features.Congress.ReferenceData;

/// <summary>The contact forms import on SQLite.</summary>
public sealed class ContactFormsImportOnSqliteTests() : ContactFormsImportTests(new TempDatabase());

/// <summary>The contact forms import on PostgreSQL.</summary>
public sealed class ContactFormsImportOnPostgresTests() : ContactFormsImportTests(new TempPostgresDatabase());

/// <summary>
/// import-contact-forms replaces every office's description at once: a good folder is stored with each form's date,
/// and a broken file rejects the whole import, leaving the stored forms as they were.
/// </summary>
public abstract class ContactFormsImportTests(ITestDatabase db) : ReferenceImportTestBase(db)
{
    private static ContactFormFiles Find(string path) => ContactFormFiles.Find(path, out var error) ?? throw new InvalidOperationException(error);

    /// <summary>A copy of the real folder to break: its dates file and the first <paramref name="count"/> descriptions.</summary>
    private string CopyOfRealFolder(int count)
    {
        var folder = Path.Combine(Db.Folder, "contact-congress");
        Directory.CreateDirectory(Path.Combine(folder, "members"));
        File.Copy(Path.Combine(SharedData.ContactCongressFolder, "members-last-changed.csv"), Path.Combine(folder, "members-last-changed.csv"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedData.ContactCongressFolder, "members"), "*.yaml").Order(StringComparer.Ordinal).Take(count))
        {
            File.Copy(file, Path.Combine(folder, "members", Path.GetFileName(file)));
        }

        return folder;
    }

    [Fact]
    public void TheRealFolder_StoresEveryDescribedForm_WithItsDate()
    {
        var result = Importer.ImportContactForms(Find(SharedData.ContactCongressFolder), SharedData.ContactFormsAsOf);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal("275 contact forms (135 with a CAPTCHA), 249 files without a form", result.Stored!.Detail);
        Assert.Equal(new DateOnly(2026, 8, 13), result.Stored.AsOf);
        Assert.Equal(275, Count("contact_forms"));
        var murray = new ContactFormStore(Db.Database).Find(["M001111", "R000610", "NOBODY1"]);
        Assert.Equal(["M001111"], murray.Keys);
        Assert.Equal(new DateOnly(2024, 2, 23), murray["M001111"].LastChanged);
        Assert.Equal("https://www.murray.senate.gov/write-to-patty/", murray["M001111"].FormUrl);
    }

    [Fact]
    public void TheMembersFolderAlone_FindsTheDatesBesideIt()
    {
        var files = Find(Path.Combine(SharedData.ContactCongressFolder, "members"));

        Assert.Equal(Path.Combine(SharedData.ContactCongressFolder, "members-last-changed.csv"), files.LastChanged);
    }

    [Fact]
    public void ABrokenFile_RejectsTheWholeImport_AndChangesNothing()
    {
        var folder = CopyOfRealFolder(20);
        Assert.True(Importer.ImportContactForms(Find(folder), new DateOnly(2026, 8, 13)).IsSuccess);
        var stored = Count("contact_forms");
        var broken = Path.Combine(folder, "members", "A000055.yaml");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("bioguide:  A000055", "bioguide:  A000056", StringComparison.Ordinal));
        File.Delete(Path.Combine(folder, "members", "A000148.yaml"));

        var result = Importer.ImportContactForms(Find(folder), new DateOnly(2026, 9, 1));

        Assert.False(result.IsSuccess);
        Assert.Equal($"{broken}:1: the file is named A000055 but describes A000056: expected BIOGUIDE.yaml", result.Error!.ToString());
        Assert.Equal(stored, Count("contact_forms"));
        using var connection = Db.Database.Open();
        Assert.Equal("2026-08-13", connection.ExecuteScalar<string>("SELECT CAST(as_of AS TEXT) FROM reference_data WHERE dataset = 'contactforms'"));
    }

    [Fact]
    public void WithoutTheDatesFile_TheFormsAreUndated_AndTheImportSaysSo()
    {
        var folder = CopyOfRealFolder(5);
        File.Delete(Path.Combine(folder, "members-last-changed.csv"));

        var result = Importer.ImportContactForms(Find(folder));

        Assert.True(result.IsSuccess);
        Assert.Contains(result.Notes, n => n.Message.Contains("the forms are imported undated", StringComparison.Ordinal));
        using var connection = Db.Database.Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM contact_forms WHERE last_changed IS NOT NULL"));
    }

    [Fact]
    public void ABadDateInTheDatesFile_RejectsTheImport_WithItsLine()
    {
        var folder = CopyOfRealFolder(3);
        var dates = Path.Combine(folder, "members-last-changed.csv");
        File.WriteAllText(dates, "bioguide,last_changed,commit\nA000055,2023-01-03,x\nA000148,last week,y\n");

        var result = Importer.ImportContactForms(Find(folder));

        Assert.Equal($"{dates}:3: expected last_changed as a date such as 2026-08-13, found 'last week'", result.Error!.ToString());
        Assert.Equal(0, Count("contact_forms"));
    }
}

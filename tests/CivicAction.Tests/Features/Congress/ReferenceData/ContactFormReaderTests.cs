using CivicAction.Core.Congress.ContactForms;
using CivicAction.Core.Formats;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.Congress.ReferenceData.Files;

namespace CivicAction.Tests.Features.Congress.ReferenceData;

/// <summary>
/// One office's contact-congress description read into what its form asks of a person: on real files (a senator
/// with title and topic choices, a House file, a CAPTCHA, a stub, upstream's one misindented file), and on hostile
/// ones, which are rejected with FILE:LINE or lose only the odd field, and never throw anything else.
/// </summary>
public sealed class ContactFormReaderTests
{
    private static string Real(string bioguide) => Path.Combine(SharedData.ContactCongressFolder, "members", bioguide + ".yaml");

    private static (ContactForm? Form, List<FileError> Notes) Read(string bioguide, DateOnly? date = null)
    {
        var notes = new List<FileError>();
        var path = Real(bioguide);
        return (ContactFormReader.Read(path, File.ReadAllText(path), date, notes), notes);
    }

    private static (ContactForm? Form, List<FileError> Notes) ReadText(string text, string name = "A000001.yaml")
    {
        var notes = new List<FileError>();
        return (ContactFormReader.Read(name, text, null, notes), notes);
    }

    private static FileError Rejected(string text, string name = "A000001.yaml") =>
        Assert.Throws<FileRejectedException>(() => ReadText(text, name)).Error;

    [Fact]
    public void ASenatorsForm_HasItsFieldsInOrder_TheTitlesAndTheTopicsByTheirVisibleLabels()
    {
        var (form, notes) = Read("A000383", new DateOnly(2026, 8, 7));

        Assert.NotNull(form);
        Assert.Empty(notes);
        Assert.Equal("https://www.armstrong.senate.gov/contact/", form.FormUrl);
        Assert.Equal(
            [FormVariable.NameFirst, FormVariable.NameLast, FormVariable.AddressStreet, FormVariable.AddressStreet2, FormVariable.AddressCity,
                FormVariable.AddressZip5, FormVariable.Phone, FormVariable.Email, FormVariable.Subject, FormVariable.Message,
                FormVariable.AddressState, FormVariable.NamePrefix, FormVariable.Topic],
            form.Fields.Select(f => f.Variable));
        Assert.False(form.Field(FormVariable.AddressStreet2)!.Required);
        Assert.True(form.Field(FormVariable.Phone)!.Required);
        Assert.Equal(["Mr.", "Mrs.", "Ms.", "Miss", "Prof.", "Rev.", "Dr."], form.Field(FormVariable.NamePrefix)!.Options.Select(o => o.Label));
        var topics = form.Field(FormVariable.Topic)!.Options;
        Assert.Equal(new FormOption("Agriculture", "AG"), topics[0]);
        Assert.Equal(new FormOption("Women's Issues", "WOMEN"), topics[^1]);
        Assert.Equal(42, topics.Count);
        Assert.False(form.NeedsPerson);
        Assert.Equal(new DateOnly(2026, 8, 7), form.LastChanged);
    }

    [Fact]
    public void AHouseForm_WithAReCaptcha_NeedsAPerson_AndAsksForTheZipOnce()
    {
        var (form, _) = Read("A000055");

        Assert.NotNull(form);
        Assert.Equal("https://aderholt.house.gov/contact-robert", form.FormUrl);
        Assert.True(form.NeedsPerson);
        Assert.Single(form.Fields, f => f.Variable == FormVariable.AddressZip5);
        Assert.Equal(["Mr.", "Ms.", "Mrs.", "Mr. and Mrs.", "The Honorable"], form.Field(FormVariable.NamePrefix)!.Options.Select(o => o.Label));
        Assert.Equal("Other Issue", form.Field(FormVariable.Topic)!.Options[^1].Label);
    }

    [Fact]
    public void AFormWithACaptchaField_NeedsAPerson_AndTheCaptchaIsNotAField()
    {
        var (form, _) = Read("R000575");

        Assert.NotNull(form);
        Assert.True(form.NeedsPerson);
        Assert.DoesNotContain(form.Fields, f => f.Variable.ToString().Contains("Captcha", StringComparison.Ordinal));
        Assert.Equal(5000, Read("M001111").Form!.Field(FormVariable.Message)!.MaxLength);
    }

    [Fact]
    public void AHouseStub_DescribesNoForm()
    {
        var (form, notes) = Read("R000610");

        Assert.Null(form);
        Assert.Empty(notes);
    }

    [Fact]
    public void UpstreamsMisindentedSuccessKey_IsRepaired_WithANote()
    {
        var (form, notes) = Read("K000394");

        Assert.NotNull(form);
        Assert.True(form.Fields.Count > 5);
        Assert.Equal($"{Real("K000394")}:156: note: repaired 'success:', indented into the steps, to a key of contact_form", Assert.Single(notes).ToString());
    }

    private const string Minimal = """
        bioguide: A000001
        contact_form:
          method: POST
          action: ""
          steps:
            - visit: "https://www.example.senate.gov/contact"
            - fill_in:
                - name: first
                  selector: "#first"
                  value: $NAME_FIRST
                  required: true
                - name: shoe
                  selector: "#shoe"
                  value: $SHOE_SIZE
                  required: true
                - name: nothing
                  selector: "#nothing"
            - select:
                - name: topic
                  selector: "#topic"
                  value: $TOPIC
                  required: Yes
                  options:
                    "": Please select one
                    Health: HE
                    Odd: [1, 2]
                    ? [nested, key]
                    : x
            - hover:
                - selector: "#x"
            - click_on:
                - selector: "#submit"
        """;

    [Fact]
    public void UnknownVariablesOddChoicesAndUnknownSteps_AreSkippedWithNotes_AndTheRestIsKept()
    {
        var (form, notes) = ReadText(Minimal);

        Assert.NotNull(form);
        Assert.Equal([FormVariable.NameFirst, FormVariable.Topic], form.Fields.Select(f => f.Variable));
        Assert.True(form.Field(FormVariable.Topic)!.Required);
        Assert.Equal([new FormOption("Health", "HE"), new FormOption("Odd", "Odd")], form.Field(FormVariable.Topic)!.Options);
        Assert.Equal(
            [
                "A000001.yaml:12: note: A000001 a field with the unknown variable $SHOE_SIZE was skipped",
                "A000001.yaml:16: note: A000001 a field without a 'value' was skipped",
                "A000001.yaml:27: note: A000001 a drop-down choice that is not a single value was skipped",
                "A000001.yaml:29: note: A000001 a step 'hover' is not one of the format's; skipped",
            ],
            notes.Select(n => n.ToString()));
    }

    [Theory]
    [InlineData("bioguide: A000001\ncontact_form:\n  steps: [\n", 4, "not valid YAML")]
    [InlineData("- just\n- a list\n", 1, "expected a YAML mapping")]
    [InlineData("contact_form:\n  steps: []\n", 1, "expected a value for 'bioguide'")]
    [InlineData("bioguide: A000002\ncontact_form:\n  steps: []\n", 1, "the file is named A000001 but describes A000002")]
    [InlineData("bioguide: nobody\ncontact_form:\n  steps: []\n", 1, "expected a Bioguide ID")]
    [InlineData("bioguide: A000001\n", 1, "expected a 'contact_form:' entry")]
    [InlineData("bioguide: A000001\ncontact_form:\n  method: POST\n", 3, "expected 'steps:'")]
    [InlineData("bioguide: A000001\ncontact_form:\n  steps:\n    - fill_in: []\n", 4, "expected a '- visit: URL' step")]
    [InlineData("bioguide: A000001\ncontact_form:\n  steps:\n    - visit: [a, b]\n", 4, "expected the form's address")]
    [InlineData("bioguide: A000001\nbioguide: A000001\ncontact_form:\n  steps: []\n", 2, "not valid YAML")]
    [InlineData("a: &x [1]\nb: *x\n", 2, "aliases (*name) are not accepted")]
    [InlineData("bioguide: A000001\ncontact_form: {}\n---\nx: 1\n", 1, "expected one YAML document")]
    public void AFileThatDescribesNoForm_IsRejected_WithItsLine(string text, int? line, string expected)
    {
        var error = Rejected(text);

        Assert.Equal("A000001.yaml", error.Source);
        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNesting_HugeFiles_AndManyValues_AreRejectedWithoutBuildingThem()
    {
        Assert.Contains("nested more than 16 levels deep", Rejected("bioguide: A000001\nx: " + new string('[', 200_000)).Message, StringComparison.Ordinal);
        Assert.Contains("larger than 512 KB", Rejected("bioguide: A000001\n# " + new string('x', 600_000)).Message, StringComparison.Ordinal);
        var many = "bioguide: A000001\nx: [" + string.Join(",", Enumerable.Repeat("1", 30_000)) + "]\n";
        Assert.Contains("more than 20000 values", Rejected(many).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVisitThatIsNoWebAddress_DescribesNoForm_WithANote()
    {
        var text = Minimal.Replace("\"https://www.example.senate.gov/contact\"", "\"javascript:alert(1)\"", StringComparison.Ordinal);

        var (form, notes) = ReadText(text);

        Assert.Null(form);
        Assert.Contains(notes, n => n.Message.Contains("dropped 'javascript:alert(1)'", StringComparison.Ordinal));
    }

    [Fact]
    public void ThousandsOfMutationsOfARealFile_AreReadOrRejected_NeverThrowingAnythingElse()
    {
        var original = File.ReadAllText(Real("A000383"));
        var random = new Random(20260813);
        string[] inserts = ["\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a ", "!!binary ", "\t", "'", "\"", "$TOPIC", "?", "|", ">", "#", "\u0000", "\ud800"];
        for (var i = 0; i < 3000; i++)
        {
            var text = original;
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var at = random.Next(text.Length);
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at)),
                    1 => text.Insert(at, inserts[random.Next(inserts.Length)]),
                    _ => text[..at] + text[at..].Replace("  ", " ", StringComparison.Ordinal),
                };
            }

            try
            {
                ReadText(text, "A000383.yaml");
            }
            catch (FileRejectedException)
            {
                // rejected with a message: as it should be
            }
        }
    }
}

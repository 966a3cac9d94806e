using System.Text.RegularExpressions;
using CivicAction.Core.Congress;
using CivicAction.Core.Congress.ContactForms;
using CivicAction.Core.Formats;
using YamlDotNet.RepresentationModel;

namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>
/// Reads one member's description in the unitedstates/contact-congress format (<c>members/BIOGUIDE.yaml</c>) into
/// what the form asks of a person. Pure: it gets the file's name and text. A file that cannot describe a form
/// (not YAML, too big or too deep, no <c>contact_form</c> steps, another member's Bioguide ID) is rejected with
/// <c>FILE:LINE</c>; a field that cannot be understood (an unknown variable, odd options) is skipped with a note,
/// because one odd field must not hide the rest of the form, nor block a refresh of every office's.
/// </summary>
internal static partial class ContactFormReader
{
    /// <summary>The largest real description is under 50 KB; anything far bigger is not one form's.</summary>
    public const int MaxBytes = 512 * 1024;

    private const int MaxDepth = 16;
    private const int MaxNodes = 20_000;
    private const int MaxOptions = 400;
    private const int MaxOptionLength = 200;

    /// <summary>
    /// The form described, or null when the file is a stub: upstream keeps <c>visit: stubforcwc</c> for the House
    /// offices it stopped describing when the House moved to its Communicating with Congress API.
    /// </summary>
    public static ContactForm? Read(string file, string text, DateOnly? lastChanged, List<FileError> notes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxBytes)
        {
            throw new FileRejectedException(file, null, $"larger than {MaxBytes / 1024} KB: expected one form's description");
        }

        var (yaml, root) = Load(file, text, notes);
        var bioguide = yaml.RequiredText(root, "bioguide");
        if (!BioguideId().IsMatch(bioguide))
        {
            throw yaml.Fail(YamlFile.Child(root, "bioguide")!, $"expected a Bioguide ID such as C000127, found '{bioguide}'");
        }

        var expected = Path.GetFileNameWithoutExtension(file);
        if (!string.Equals(expected, bioguide, StringComparison.Ordinal))
        {
            throw yaml.Fail(YamlFile.Child(root, "bioguide")!, $"the file is named {expected} but describes {bioguide}: expected BIOGUIDE.yaml");
        }

        var form = yaml.RequiredMapping(root, "contact_form");
        if (YamlFile.Child(form, "steps") is not YamlSequenceNode steps)
        {
            throw yaml.Fail(YamlFile.Child(form, "steps") ?? form, "expected 'steps:' with a list of the form's steps ('- visit: ...')");
        }

        var reading = new Reading(yaml, bioguide, notes);
        foreach (var step in steps)
        {
            reading.Step(step);
        }

        if (reading.Visit is not { } visit)
        {
            throw yaml.Fail(steps, "expected a '- visit: URL' step with the form's address");
        }

        if (!visit.Value.Contains("://", StringComparison.Ordinal) && reading.Fields.Count == 0)
        {
            return null; // a stub ("stubforcwc"): no form is described
        }

        var url = WebUrl.Clean(visit.Value);
        if (url.Note is not null)
        {
            notes.Add(new FileError(file, yaml.Line(visit.Node), $"note: {bioguide} visit: {url.Note}"));
        }

        if (url.Url is null)
        {
            return null;
        }

        return new ContactForm(bioguide, url.Url, reading.Fields, reading.NeedsPerson, reading.OtherQuestions, lastChanged);
    }

    /// <summary>
    /// The file as YAML, or repaired in one case whose intent is certain: a key of <c>contact_form</c> such as
    /// <c>success:</c> indented as deep as the steps' dashes, which YAML refuses (upstream's K000394.yaml). The key
    /// and the lines under it move left to the other keys' indentation; anything else wrong rejects the file.
    /// </summary>
    private static (YamlFile, YamlMappingNode) Load(string file, string text, List<FileError> notes)
    {
        try
        {
            return YamlFile.LoadMapping(file, text, MaxDepth, MaxNodes);
        }
        catch (FileRejectedException e) when (e.Error.Line is { } line && Dedented(text, line) is { } repaired)
        {
            try
            {
                var loaded = YamlFile.LoadMapping(file, repaired.Text, MaxDepth, MaxNodes);
                notes.Add(new FileError(file, line, $"note: repaired '{repaired.Key}:', indented into the steps, to a key of contact_form"));
                return loaded;
            }
            catch (FileRejectedException)
            {
                throw e;
            }
        }
    }

    private static readonly string[] FormKeys = ["method", "action", "steps", "success", "retry"];

    private static (string Text, string Key)? Dedented(string text, int line)
    {
        var lines = text.Split('\n');
        static int Indent(string l) => l.Length - l.TrimStart(' ').Length;
        var at = line - 1;
        var steps = Array.FindIndex(lines, l => l.TrimStart(' ').StartsWith("steps:", StringComparison.Ordinal));
        if (at <= steps || steps < 0 || at >= lines.Length)
        {
            return null;
        }

        var key = lines[at].Trim().TrimEnd('\r').TrimEnd(':');
        var shift = Indent(lines[at]) - Indent(lines[steps]);
        if (!FormKeys.Contains(key) || !lines[at].TrimEnd().EndsWith(':') || shift <= 0)
        {
            return null;
        }

        var block = Indent(lines[at]);
        lines[at] = lines[at][shift..];
        for (var i = at + 1; i < lines.Length && (lines[i].Trim().Length == 0 || Indent(lines[i]) > block); i++)
        {
            lines[i] = lines[i].Length >= shift && Indent(lines[i]) >= shift ? lines[i][shift..] : lines[i];
        }

        return (string.Join('\n', lines), key);
    }

    /// <summary>What the steps read so far say; one per file.</summary>
    private sealed class Reading(YamlFile yaml, string bioguide, List<FileError> notes)
    {
        private readonly List<FormField> _fields = [];

        public (string Value, YamlNode Node)? Visit { get; private set; }

        public IReadOnlyList<FormField> Fields => _fields;

        public bool NeedsPerson { get; private set; }

        public int OtherQuestions { get; private set; }

        private void Note(YamlNode node, string message) =>
            notes.Add(new FileError(yaml.File, yaml.Line(node), $"note: {bioguide} {message}"));

        public void Step(YamlNode step)
        {
            if (step is not YamlMappingNode { Children.Count: 1 } mapping || mapping.Children.First().Key is not YamlScalarNode { Value: { } name })
            {
                Note(step, "a step that is not one 'name: ...' entry was skipped");
                return;
            }

            var body = mapping.Children.First().Value;
            switch (name)
            {
                case "visit":
                    if (Visit is null)
                    {
                        Visit = body is YamlScalarNode { Value: { Length: > 0 } address }
                            ? (address.Trim(), body)
                            : throw yaml.Fail(body, "expected the form's address after 'visit:'");
                    }

                    break;
                case "fill_in" or "select" or "check" or "choose":
                    foreach (var item in Items(body))
                    {
                        Field(name, item);
                    }

                    break;
                case "recaptcha":
                    NeedsPerson = true;
                    break;
                case "uncheck" or "click_on" or "find" or "wait" or "javascript":
                    break; // what a program does on the page; nothing a person is asked for
                default:
                    Note(step, $"a step '{Clip(name)}' is not one of the format's; skipped");
                    break;
            }
        }

        /// <summary>The format writes a step's fields as a list, and tolerates a single one.</summary>
        private IEnumerable<YamlMappingNode> Items(YamlNode body)
        {
            var items = body switch
            {
                YamlSequenceNode list => list.Children,
                YamlMappingNode one => [one],
                _ => [],
            };
            foreach (var item in items)
            {
                if (item is YamlMappingNode field)
                {
                    yield return field;
                }
                else
                {
                    Note(item, "a field that is not a set of 'key: value' lines was skipped");
                }
            }
        }

        private void Field(string step, YamlMappingNode item)
        {
            string? value;
            bool required;
            try
            {
                value = yaml.Text(item, "value");
                required = Required(yaml.Text(item, "required"));
            }
            catch (FileRejectedException e)
            {
                Note(item, $"a field was skipped: {e.Error.Message}");
                return;
            }

            if (value is null)
            {
                if (step is "fill_in" or "select")
                {
                    Note(item, "a field without a 'value' was skipped");
                }

                return; // a box ticked by its selector alone: nothing the person gives
            }

            if (!Variable().IsMatch(value))
            {
                if (required && step != "fill_in")
                {
                    OtherQuestions++; // a fixed answer, such as "Yes, please contact me"
                }

                return;
            }

            if (value == FormVariables.Captcha)
            {
                NeedsPerson = true;
                return;
            }

            if (FormVariables.IsForOrganisations(value))
            {
                return;
            }

            if (!FormVariables.TryParse(value, out var variable))
            {
                Note(item, $"a field with the unknown variable {Clip(value)} was skipped");
                return;
            }

            var options = Options(item);
            var maxLength = MaxLength(item);
            var at = _fields.FindIndex(f => f.Variable == variable);
            if (at < 0)
            {
                _fields.Add(new FormField(variable, required, options, maxLength));
                return;
            }

            // A form that asks twice (the ZIP code on a first page, then again) asks once of the person.
            var first = _fields[at];
            _fields[at] = first with
            {
                Required = first.Required || required,
                Options = first.Options.Count > 0 ? first.Options : options,
                MaxLength = first.MaxLength ?? maxLength,
            };
        }

        private static bool Required(string? text) =>
            text?.ToLowerInvariant() is "true" or "yes" or "y" or "on";

        /// <summary>
        /// A drop-down's choices: a list of what it shows, or a map of what it shows to what it sends. A name such as
        /// <c>US_STATES</c> stands for a shared list of the format; the page does not need it spelled out.
        /// </summary>
        private List<FormOption> Options(YamlMappingNode item)
        {
            var options = new List<FormOption>();
            switch (YamlFile.Child(item, "options"))
            {
                case YamlSequenceNode list:
                    foreach (var entry in list)
                    {
                        if (entry is YamlScalarNode { Value: { } text } && Option(text) is { } label)
                        {
                            options.Add(new FormOption(label, label));
                        }
                        else
                        {
                            Note(entry, "a drop-down choice that is not a single value was skipped");
                        }
                    }

                    break;
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        if (key is YamlScalarNode { Value: { } empty } && empty.Trim().Length == 0)
                        {
                            continue; // the "Please select one" entry every drop-down starts with
                        }

                        if (key is YamlScalarNode { Value: { } text } && Option(text) is { } label)
                        {
                            if (text == "max_length")
                            {
                                continue;
                            }

                            options.Add(new FormOption(label, value is YamlScalarNode { Value: { } sent } ? sent.Trim() : label));
                        }
                        else
                        {
                            Note(key, "a drop-down choice that is not a single value was skipped");
                        }
                    }

                    break;
            }

            if (options.Count > MaxOptions)
            {
                Note(item, $"{options.Count} drop-down choices; only the first {MaxOptions} are kept");
                options.RemoveRange(MaxOptions, options.Count - MaxOptions);
            }

            return options;
        }

        private static string? Option(string text)
        {
            var trimmed = text.Trim();
            return trimmed.Length is > 0 and <= MaxOptionLength && !trimmed.Any(char.IsControl) ? trimmed : null;
        }

        /// <summary>The format puts <c>max_length</c> under <c>options</c>; some files put it beside them.</summary>
        private int? MaxLength(YamlMappingNode item)
        {
            var holder = YamlFile.Child(item, "options") is YamlMappingNode options && YamlFile.Child(options, "max_length") is not null ? options : item;
            try
            {
                return yaml.Integer(holder, "max_length") is { } length and > 0 ? length : null;
            }
            catch (FileRejectedException e)
            {
                Note(holder, $"max_length ignored: {e.Error.Message}");
                return null;
            }
        }

        /// <summary>Text from the file quoted back in a note: short, on one line.</summary>
        private static string Clip(string text)
        {
            var line = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
            return line.Length <= 60 ? line : line[..60] + "...";
        }
    }

    [GeneratedRegex("^[A-Z][0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex BioguideId();

    // A whole value that is a variable ("$NAME_FIRST"), not text that happens to hold a dollar sign.
    [GeneratedRegex(@"^\$[A-Z][A-Z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}

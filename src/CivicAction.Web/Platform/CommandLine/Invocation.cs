namespace CivicAction.Web.Platform.CommandLine;

/// <summary>
/// The command line split into a verb (null when serving), its own arguments, and the
/// arguments left for the web host (<c>--urls</c>, <c>--environment</c> ...).
/// <c>--db FILE</c> is understood by every verb and becomes the <c>Database:Path</c> setting, with SQLite as the
/// provider: it always means a SQLite file, whatever the settings name.
/// </summary>
public sealed record Invocation(string? Verb, IReadOnlyList<string> VerbArgs, IReadOnlyList<string> HostArgs, string? UsageError)
{
    public static readonly string[] Verbs = ["import", "import-legislators", "import-zip-districts", "import-contact-forms", "copy-database", "help"];

    public static Invocation Parse(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        string? db = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--db")
            {
                if (i + 1 >= args.Count)
                {
                    return Usage("--db needs a file name, e.g. --db civicaction.db");
                }

                db = args[++i];
            }
            else if (arg.StartsWith("--db=", StringComparison.Ordinal))
            {
                db = arg["--db=".Length..];
            }
            else
            {
                rest.Add(arg);
            }
        }

        // Last, so that it wins over any Database:Provider given on the same command line.
        string[] dbArgs = db is null ? [] : [$"--Database:Path={db}", "--Database:Provider=Sqlite"];
        var hostArgs = new List<string>();

        if (rest.Count == 0 || rest[0].StartsWith('-') && rest[0] is not ("--help" or "-h"))
        {
            hostArgs.AddRange(rest);
            return new Invocation(null, [], [.. hostArgs, .. dbArgs], null);
        }

        var verb = rest[0] switch
        {
            "serve" => null,
            "--help" or "-h" => "help",
            _ => rest[0],
        };
        if (verb is not null && !Verbs.Contains(verb))
        {
            return Usage($"unknown command '{rest[0]}'");
        }

        if (verb is null)
        {
            hostArgs.AddRange(rest.Skip(1));
            return new Invocation(null, [], [.. hostArgs, .. dbArgs], null);
        }

        return new Invocation(verb, rest.Skip(1).ToList(), [.. hostArgs, .. dbArgs], null);
    }

    private static Invocation Usage(string message) => new("help", [], [], message);

    public const string UsageText = """
        Usage:
          CivicAction [serve] [--db FILE] [--urls URL]      run the web app (the default)
          CivicAction import PATH... [--db FILE] [--dry-run] [--json]
                                                        import brief files or folders of *.txt
          CivicAction import-legislators PATH [--as-of DATE] [--db FILE]
                                                        replace the members of Congress and their district offices:
                                                        PATH is a folder with legislators-current.yaml (or .csv) and
                                                        legislators-district-offices.yaml (or .csv), or the first file
          CivicAction import-zip-districts PATH [--as-of DATE] [--db FILE]
                                                        replace the ZIP-to-district table: zccd.csv or its folder
          CivicAction import-contact-forms PATH [--as-of DATE] [--db FILE]
                                                        replace what each office's contact form asks for: PATH is
                                                        the contact-congress folder (members/ and
                                                        members-last-changed.csv) or its members folder
                                                        --as-of: the date the data describes (default: the file's date)
          CivicAction copy-database [FILE] [--to CONNECTION]
                                                        copy a whole SQLite database (FILE, else Database:Path) into
                                                        an empty PostgreSQL one (--to, else Database:ConnectionString),
                                                        checking every table's count; nothing is copied on an error

        Exit status: 0 success, 1 some input was rejected, 2 wrong usage.
        """;
}

namespace CivicAction.Core.Briefs;

/// <summary>
/// The line-by-line state machine behind <see cref="ActionParser"/>: contact lines, heading,
/// subject, blocks with nested bullets, and guidance (the lines after a "How to find" heading, up to the next label).
/// </summary>
internal sealed class ActionBodyBuilder
{
    private readonly List<string> _emails = [];
    private readonly List<string> _urls = [];
    private readonly List<string> _phones = [];
    private readonly List<BlockBuilder> _blocks = [];
    private readonly List<ItemBuilder> _guidanceItems = [];
    private readonly Stack<(int Indent, ItemBuilder Item)> _bulletPath = new();
    private BlockBuilder? _current;
    private string? _guidanceHeading;
    private bool _inGuidance;
    private bool _awaitsText;

    public string? Heading { get; private set; }

    public string? Subject { get; private set; }

    public void Add(SourceLine line, SourceLine? following, bool followsPreviousLine)
    {
        var text = line.Text;
        var isBullet = LineShapes.TryBullet(text, out var bullet);

        // A hard-wrapped bullet: an indented line right under it continues its text.
        if (!isBullet && followsPreviousLine && _bulletPath.TryPeek(out var open) && line.Indent > open.Indent)
        {
            open.Item.Text += " " + ActionParser.Clean(text);
            return;
        }

        var awaitsText = _awaitsText;
        _awaitsText = false;
        if (isBullet)
        {
            AddBullet(line.Indent, ActionParser.Clean(bullet));
            return;
        }

        _bulletPath.Clear();
        if (_inGuidance && ContinuesGuidance(text))
        {
            _guidanceItems.Add(new ItemBuilder(ActionParser.Clean(text)));
            return;
        }

        // Guidance never swallows a later part of the action: a label or the subject ends it.
        _inGuidance = false;
        if (LineShapes.IsGuidanceHeading(text))
        {
            OpenGuidance(text);
        }
        else if (TryContact(text))
        {
            _current = null;
        }
        else if (Subject is null && LineShapes.TrySubject(text, out var subject))
        {
            Subject = ActionParser.Clean(subject);
            _current = null;
        }
        else if (LineShapes.IsLetterOpening(text))
        {
            // "Estimado/a [Nombre]:" ends with a colon like a heading or a label, but opens the letter.
            StartBlock(null, ActionParser.Clean(text));
        }
        else if (IsHeading(text, following))
        {
            Heading = ActionParser.Clean(text[..^1].TrimEnd());
        }
        else if (LineShapes.TryLabel(text, out var label, out var rest))
        {
            StartBlock(label, ActionParser.Clean(rest));

            // "Script:" alone on its line: the paragraph (or the bullets) that follow are its content.
            _awaitsText = rest.Length == 0;
        }
        else if (awaitsText && _current is { Text.Length: 0, Items.Count: 0 } && !LineShapes.IsLetterOpening(text))
        {
            _current.Text = ActionParser.Clean(text);
        }
        else
        {
            StartBlock(null, ActionParser.Clean(text));
        }
    }

    public Contacts Contacts() =>
        _emails.Count + _urls.Count + _phones.Count == 0 ? Briefs.Contacts.None : new Contacts(_emails, _urls, _phones);

    public IReadOnlyList<Block> Blocks() =>
        _blocks.Select(b => new Block(b.Label, b.Text, ItemBuilder.BuildAll(b.Items))).ToList();

    public Guidance? Guidance() =>
        _guidanceHeading is null ? null : new Guidance(_guidanceHeading, ItemBuilder.BuildAll(_guidanceItems));

    // "Key points to include in your FOIA request form or letter:" announces the parts under it. It is the heading
    // only when it comes first, no bullets follow it, and it is no label that takes the paragraph after it as its
    // content: a line too long for a label, or a label followed by another part ("Talking points:" then "Cost: ...").
    private bool IsHeading(string text, SourceLine? following) =>
        Heading is null
        && _blocks.Count == 0
        && LineShapes.EndsWithItsOnlyColon(text)
        && !(following is { } f && LineShapes.TryBullet(f.Text, out _))
        && (!LineShapes.TryLabel(text, out _, out _) || (following is { } next && LineShapes.OpensAPart(next.Text)));

    // After its heading, guidance holds the bullets and plain lines that follow; a line "Label: ..." ends it, unless
    // what follows the label is only an address or a number ("House: house.gov/representatives").
    private static bool ContinuesGuidance(string text)
    {
        if (LineShapes.TrySubject(text, out _))
        {
            return false;
        }

        return !LineShapes.TryLabel(text, out _, out var rest) || ContactLine.Classify(rest) != ContactLine.Kind.None;
    }

    private void OpenGuidance(string text)
    {
        _inGuidance = true;
        _current = null;
        if (_guidanceHeading is not null)
        {
            // A second guidance heading joins the first guidance, as one of its items.
            _guidanceItems.Add(new ItemBuilder(ActionParser.Clean(text)));
            return;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        _guidanceHeading = ActionParser.Clean(text[..colon].TrimEnd());
        var rest = text[(colon + 1)..].Trim();
        if (rest.Length > 0)
        {
            _guidanceItems.Add(new ItemBuilder(ActionParser.Clean(rest)));
        }
    }

    private bool TryContact(string text)
    {
        var list = ContactLine.Classify(text) switch
        {
            ContactLine.Kind.Email => _emails,
            ContactLine.Kind.Url => _urls,
            ContactLine.Kind.Phone => _phones,
            _ => null,
        };
        list?.Add(text);
        return list is not null;
    }

    private void StartBlock(string? label, string text)
    {
        _current = new BlockBuilder(label, text);
        _blocks.Add(_current);
    }

    private void AddBullet(int indent, string text)
    {
        List<ItemBuilder> roots;
        if (_inGuidance)
        {
            roots = _guidanceItems;
        }
        else
        {
            if (_current is null)
            {
                StartBlock(null, "");
            }

            roots = _current!.Items;
        }

        while (_bulletPath.TryPeek(out var top) && top.Indent >= indent)
        {
            _bulletPath.Pop();
        }

        // Deeper than any brief needs: a bullet beyond the last level becomes the next item of that level, so its
        // text is kept while every nested structure built from it (JSON, pages) stays shallow.
        while (_bulletPath.Count >= BriefLimits.MaxListDepth)
        {
            _bulletPath.Pop();
        }

        var item = new ItemBuilder(text);
        (_bulletPath.TryPeek(out var parent) ? parent.Item.Children : roots).Add(item);
        _bulletPath.Push((indent, item));
    }

    private sealed class BlockBuilder(string? label, string text)
    {
        public string? Label { get; } = label;

        public string Text { get; set; } = text;

        public List<ItemBuilder> Items { get; } = [];
    }

    private sealed class ItemBuilder(string text)
    {
        public string Text { get; set; } = text;

        public List<ItemBuilder> Children { get; } = [];

        public static List<ListItem> BuildAll(List<ItemBuilder> items) =>
            items.Select(i => new ListItem(i.Text, BuildAll(i.Children))).ToList();
    }
}

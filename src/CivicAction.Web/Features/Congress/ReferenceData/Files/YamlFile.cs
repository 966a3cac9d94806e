using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using CivicAction.Core.Formats;

namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>
/// A YAML file loaded as a node tree (not deserialized into classes) so that every value keeps
/// its line number: a rejected file names the line of the value that was wrong.
/// </summary>
internal sealed class YamlFile(string file)
{
    public string File { get; } = file;

    public static (YamlFile File, YamlSequenceNode Root) LoadSequence(string path)
    {
        var yaml = new YamlFile(path);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new FileRejectedException(path, Line(e.Start), $"not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0)
        {
            throw new FileRejectedException(path, 1, "expected a YAML list of entries; the file is empty");
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode root)
        {
            throw new FileRejectedException(path, Line(stream.Documents[0].RootNode.Start), "expected a YAML list of entries ('- ...') at the top level");
        }

        return (yaml, root);
    }

    /// <summary>
    /// One YAML document whose top level is a mapping, from text that may be hostile: it is walked as a stream of
    /// events first, without building anything, and rejected when it nests deeper than <paramref name="maxDepth"/>,
    /// has more than <paramref name="maxNodes"/> values, or uses aliases (which can make a small file expand into a
    /// huge tree). Only then is the node tree built, whose loading is recursive.
    /// </summary>
    public static (YamlFile File, YamlMappingNode Root) LoadMapping(string source, string text, int maxDepth, int maxNodes)
    {
        var yaml = new YamlFile(source);
        var stream = new YamlStream();
        try
        {
            CheckShape(source, text, maxDepth, maxNodes);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FileRejectedException(source, Line(e.Start), $"not valid YAML: {e.Message}");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The node tree refuses a mapping that repeats a key (the message names it), and the scanner can trip on
            // its own state over some broken input: either way the text is not YAML it can read.
            throw new FileRejectedException(source, null, $"not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count != 1)
        {
            throw new FileRejectedException(source, 1, stream.Documents.Count == 0
                ? "expected a YAML mapping of 'key: value' lines; the file is empty"
                : "expected one YAML document, found several ('---')");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FileRejectedException(source, Line(stream.Documents[0].RootNode.Start), "expected a YAML mapping of 'key: value' lines at the top level");
        }

        return (yaml, root);
    }

    private static void CheckShape(string source, string text, int maxDepth, int maxNodes)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var nodes = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is AnchorAlias)
            {
                throw new FileRejectedException(source, Line(current.Start), "expected plain values: aliases (*name) are not accepted");
            }

            if (current is NodeEvent && ++nodes > maxNodes)
            {
                throw new FileRejectedException(source, Line(current.Start), $"more than {maxNodes} values: expected one form's description");
            }

            if (current is MappingStart or SequenceStart && ++depth > maxDepth)
            {
                throw new FileRejectedException(source, Line(current.Start), $"nested more than {maxDepth} levels deep: expected one form's description");
            }

            if (current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }
    }

    public static int Line(Mark mark) => checked((int)mark.Line);

    public FileRejectedException Fail(YamlNode node, string message) => new(File, Line(node.Start), message);

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Fail(node, $"expected {what} as a mapping of 'key: value' lines");

    public static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlMappingNode RequiredMapping(YamlMappingNode parent, string key) =>
        Child(parent, key) is { } node ? Mapping(node, $"'{key}'") : throw Fail(parent, $"expected a '{key}:' entry here");

    /// <summary>A scalar value; null when the key is absent or its value is YAML null (empty, ~, null).</summary>
    public string? Text(YamlMappingNode parent, string key)
    {
        var node = Child(parent, key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            throw Fail(node, $"expected '{key}' to be a single value");
        }

        var value = scalar.Value?.Trim();
        var isNull = scalar.Style == ScalarStyle.Plain && value is "~" or "null" or "Null" or "NULL";
        return string.IsNullOrEmpty(value) || isNull ? null : value;
    }

    public string RequiredText(YamlMappingNode parent, string key) =>
        Text(parent, key) ?? throw Fail(Child(parent, key) ?? parent, $"expected a value for '{key}'");

    public int? Integer(YamlMappingNode parent, string key)
    {
        var text = Text(parent, key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Fail(Child(parent, key)!, $"expected '{key}' to be a whole number, found '{text}'");
    }

    public int Line(YamlNode node) => Line(node.Start);
}

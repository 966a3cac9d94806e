using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace CivicAction.Tests.Support;

/// <summary>What the server does with the next well-formed message: accept it, refuse it, be unavailable, or answer late.</summary>
public abstract record CwcAnswer
{
    public sealed record Accept(string Receipt) : CwcAnswer;

    public sealed record Refuse(string Reason) : CwcAnswer;

    public sealed record Unavailable : CwcAnswer;

    public sealed record Late(TimeSpan Delay, string Receipt) : CwcAnswer;
}

/// <summary>One request the server received, with what it found wrong and what it answered.</summary>
public sealed record CwcPost(string Path, string? ApiKey, string? ContentType, string Body, XDocument? Xml, IReadOnlyList<string> Problems, int Status)
{
    /// <summary>The text of the element at a slash path below CWC ("Constituent/FirstName"), or null.</summary>
    public string? Value(string path) =>
        path.Split('/').Aggregate(Xml?.Root, (element, name) => element?.Element(name))?.Value;
}

/// <summary>
/// A stand-in for Communicating with Congress on loopback (HttpListener): it takes POST /v2/message and /v2/validate
/// with ?apikey=, parses the XML strictly and checks every field against the CWC 2.0 schema's rules (docs/cwc.md),
/// answering 400 with &lt;Errors&gt;&lt;Error&gt;... for a message CWC would refuse and 401 for a wrong key. A valid message
/// gets the next scripted answer (by default: accepted, with a receipt).
/// </summary>
public sealed partial class CwcServer : IAsyncDisposable
{
    public const string ApiKey = "k3y-for-tests-0c8d21f9";

    private static readonly string[] Topics =
    [
        "Agriculture and Food", "Animals", "Armed Forces and National Security", "Arts, Culture, Religion",
        "Civil Rights and Liberties, Minority Issues", "Commerce", "Congress", "Crime and Law Enforcement",
        "Economics and Public Finance", "Education", "Emergency Management", "Energy", "Environmental Protection", "Families",
        "Finance and Financial Sector", "Foreign Trade and International Finance", "Government Operations and Politics", "Health",
        "Housing and Community Development", "Immigration", "International Affairs", "Labor and Employment", "Law",
        "Native Americans", "Public Lands and Natural Resources", "Science, Technology, Communications",
        "Social Sciences and History", "Social Welfare", "Sports and Recreation", "Taxation", "Transportation and Public Works",
        "Water Resources Development",
    ];

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<CwcAnswer> _script = new();
    private readonly ConcurrentQueue<CwcPost> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private int _receipts;

    public int Port { get; private set; }

    public string Url => $"http://127.0.0.1:{Port}";

    public IReadOnlyList<CwcPost> Received => [.. _received];

    public static Task<CwcServer> StartAsync()
    {
        var server = new CwcServer();
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            server.Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        server._listener.Prefixes.Add(server.Url + "/");
        server._listener.Start();
        server._loop = Task.Run(server.ServeAsync);
        return Task.FromResult(server);
    }

    /// <summary>Answers the next valid messages in this order; after the script, every valid message is accepted.</summary>
    public void Script(params CwcAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    /// <summary>Waits until a post matching <paramref name="match"/> has been answered.</summary>
    public async Task<CwcPost> WaitForAsync(Func<CwcPost, bool> match, TimeSpan? timeout = null)
    {
        await Poll.UntilAsync(() => _received.Any(match), timeout ?? TimeSpan.FromSeconds(20),
            () => "a matching post to CWC; received: " + string.Join(" | ", _received.Select(p => $"{p.Status} {string.Join("; ", p.Problems)}")));
        return _received.First(match);
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var path = request.Url!.AbsolutePath;
        var key = request.QueryString["apikey"];
        XDocument? xml = null;
        var problems = new List<string>();
        int status;
        string answer;
        if (request.HttpMethod != "POST" || path is not ("/v2/message" or "/v2/validate"))
        {
            (status, answer) = (404, "<Errors><Error>Not found</Error></Errors>");
        }
        else if (key != ApiKey)
        {
            (status, answer) = (401, "<Errors><Error>Invalid API key</Error></Errors>");
        }
        else
        {
            xml = Parse(body, problems);
            if (xml is not null)
            {
                problems.AddRange(Check(xml));
            }

            if (request.ContentType?.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase) != true)
            {
                problems.Add($"Content-Type must be application/xml, not {request.ContentType}");
            }

            if (problems.Count > 0)
            {
                (status, answer) = (400, "<Errors>" + string.Concat(problems.Select(p => $"<Error>{SecurityElement(p)}</Error>")) + "</Errors>");
            }
            else if (path == "/v2/validate")
            {
                (status, answer) = (200, "<Valid/>");
            }
            else
            {
                var next = _script.TryDequeue(out var scripted) ? scripted : new CwcAnswer.Accept($"CWC-{Interlocked.Increment(ref _receipts):D6}");
                switch (next)
                {
                    case CwcAnswer.Refuse refuse:
                        (status, answer) = (400, $"<Errors><Error>{SecurityElement(refuse.Reason)}</Error></Errors>");
                        break;
                    case CwcAnswer.Unavailable:
                        (status, answer) = (503, "Service Unavailable");
                        break;
                    case CwcAnswer.Late late:
                        await Task.Delay(late.Delay);
                        (status, answer) = (200, Receipt(late.Receipt));
                        break;
                    case CwcAnswer.Accept accept:
                        (status, answer) = (200, Receipt(accept.Receipt));
                        break;
                    default:
                        throw new InvalidOperationException("unknown answer");
                }
            }
        }

        try
        {
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/xml";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up waiting (the timeout case): the answer has nowhere to go.
        }

        _received.Enqueue(new CwcPost(path, key, request.ContentType, body, xml, problems, status));
    }

    private static string Receipt(string receipt) => $"<Receipt><ReceiptId>{SecurityElement(receipt)}</ReceiptId></Receipt>";

    private static string SecurityElement(string text) => System.Security.SecurityElement.Escape(text) ?? "";

    private static XDocument? Parse(string body, List<string> problems)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            problems.Add($"Not well-formed XML: {e.Message}");
            return null;
        }
    }

    /// <summary>Every rule of the CWC 2.0 schema for the elements a message can have.</summary>
    private static IEnumerable<string> Check(XDocument xml)
    {
        var root = xml.Root;
        if (root?.Name.LocalName != "CWC" || root.Name.NamespaceName.Length > 0)
        {
            yield return "The root element must be CWC";
            yield break;
        }

        var known = new Dictionary<string, string[]>
        {
            ["CWC"] = ["CWCVersion", "Delivery", "Recipient", "Constituent", "Message"],
            ["Delivery"] = ["DeliveryId", "DeliveryDate", "DeliveryAgent", "DeliveryAgentAckEmailAddress", "DeliveryAgentContact", "CampaignId",
                "Organization", "OrganizationContact", "OrganizationAbout"],
            ["DeliveryAgentContact"] = ["DeliveryAgentContactName", "DeliveryAgentContactEmail", "DeliveryAgentContactPhone"],
            ["Recipient"] = ["MemberOffice", "IsResponseRequested", "NewsletterOptIn"],
            ["Constituent"] = ["Prefix", "FirstName", "MiddleName", "LastName", "Suffix", "Title", "ConstituentOrganization", "Address1",
                "Address2", "Address3", "City", "StateAbbreviation", "Zip", "Phone", "AddressValidation", "Email", "EmailValidation"],
            ["Message"] = ["Subject", "LibraryOfCongressTopics", "Bills", "ProOrCon", "OrganizationStatement", "ConstituentMessage", "MoreInfo"],
            ["LibraryOfCongressTopics"] = ["LibraryOfCongressTopic"],
        };
        foreach (var element in root.DescendantsAndSelf())
        {
            if (known.TryGetValue(element.Name.LocalName, out var children))
            {
                foreach (var child in element.Elements().Where(c => !children.Contains(c.Name.LocalName)))
                {
                    yield return $"Unexpected element {child.Name.LocalName} in {element.Name.LocalName}";
                }
            }
        }

        string? V(string path) => new CwcPost("", null, null, "", xml, [], 0).Value(path);
        IEnumerable<string> Text(string path, int min, int max, bool required = true)
        {
            var value = V(path);
            if (value is null)
            {
                if (required)
                {
                    yield return $"{path} is required";
                }
            }
            else if (value.Length < min || value.Length > max)
            {
                yield return $"{path} must have {min} to {max} characters";
            }
        }

        IEnumerable<string> Pattern(string path, Regex pattern, bool required = true)
        {
            var value = V(path);
            if (value is null ? required : !pattern.IsMatch(value))
            {
                yield return value is null ? $"{path} is required" : $"{path} '{value}' is not valid";
            }
        }

        var checks = new[]
        {
            V("CWCVersion") == "2.0" ? [] : new[] { "CWCVersion must be 2.0" },
            Pattern("Delivery/DeliveryId", Uid()),
            Pattern("Delivery/DeliveryDate", Date()),
            Text("Delivery/DeliveryAgent", 4, 500),
            Pattern("Delivery/DeliveryAgentAckEmailAddress", Email()),
            Text("Delivery/DeliveryAgentContact/DeliveryAgentContactName", 6, 500),
            Pattern("Delivery/DeliveryAgentContact/DeliveryAgentContactEmail", Email()),
            Pattern("Delivery/DeliveryAgentContact/DeliveryAgentContactPhone", Phone()),
            Text("Delivery/CampaignId", 2, 500),
            Pattern("Recipient/MemberOffice", Office()),
            Pattern("Recipient/IsResponseRequested", YesNo(), required: false),
            Pattern("Recipient/NewsletterOptIn", YesNo(), required: false),
            Text("Constituent/Prefix", 1, 500),
            Text("Constituent/FirstName", 1, 500),
            Text("Constituent/LastName", 1, 500),
            Text("Constituent/Address1", 3, 500),
            Text("Constituent/City", 3, 500),
            Pattern("Constituent/StateAbbreviation", State()),
            Pattern("Constituent/Zip", Zip()),
            Pattern("Constituent/Phone", Phone(), required: false),
            Pattern("Constituent/Email", Email()),
            Pattern("Constituent/AddressValidation", YesNo(), required: false),
            Pattern("Constituent/EmailValidation", YesNo(), required: false),
            Text("Message/Subject", 6, 500),
            Text("Message/ConstituentMessage", 6, 10_000, required: root.Element("Message")?.Element("OrganizationStatement") is null),
        };
        foreach (var problem in checks.SelectMany(c => c))
        {
            yield return problem;
        }

        var topics = root.Element("Message")?.Element("LibraryOfCongressTopics")?.Elements("LibraryOfCongressTopic").Select(t => t.Value).ToList() ?? [];
        if (topics.Count == 0)
        {
            yield return "At least one LibraryOfCongressTopic is required";
        }

        foreach (var topic in topics.Where(t => !Topics.Contains(t, StringComparer.Ordinal)))
        {
            yield return $"'{topic}' is not a Library of Congress topic";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        await _loop;
        _stop.Dispose();
    }

    [GeneratedRegex(@"^[a-zA-Z0-9]{32}$")]
    private static partial Regex Uid();

    [GeneratedRegex(@"^[0-9]{8}$")]
    private static partial Regex Date();

    [GeneratedRegex(@"^[^@]+@[^\.]+\..+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^[0-9]{3}-[0-9]{3}-[0-9]{4}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^(H[A-Z][A-Z][0-9][0-9]|S[A-Z][A-Z]0[0-2])$")]
    private static partial Regex Office();

    [GeneratedRegex(@"^[YyNn]$")]
    private static partial Regex YesNo();

    [GeneratedRegex(@"^(AK|AL|AR|AS|AZ|CA|CO|CT|DC|DE|FL|GA|GU|HI|IA|ID|IL|IN|KS|KY|LA|MA|MD|ME|MI|MN|MO|MP|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VA|VI|VT|WA|WI|WV|WY)$")]
    private static partial Regex State();

    [GeneratedRegex(@"^[0-9]{5}(-[0-9]{4})?$")]
    private static partial Regex Zip();
}

using CivicAction.Web;
using CivicAction.Web.Platform.CommandLine;

// One executable: with a verb it is a command-line tool (import ...), without one it serves the site.
var invocation = Invocation.Parse(args);
if (invocation.Verb is not null)
{
    return new CommandLineApp(Console.Out, Console.Error, interactive: !Console.IsErrorRedirected).Run(invocation);
}

var app = WebApp.Build(invocation.HostArgs.ToArray());
app.Run();
return ExitCodes.Ok;

/// <summary>The entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;

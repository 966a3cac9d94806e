namespace CivicAction.Web.Platform.CommandLine;

/// <summary>The same configuration sources for the verbs as the web host uses: appsettings, environment, arguments.</summary>
public static class AppConfiguration
{
    public static IConfiguration Build(IEnumerable<string> hostArgs)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{environment}.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(hostArgs.ToArray())
            .Build();
    }
}

using Microsoft.AspNetCore.Hosting;

namespace CivicAction.Tests.Support;

/// <summary>
/// The app for the call pages: the brief with one action of each kind (its first is a call to one's senators) and an
/// agency hotline brief full of markup, the real legislators and ZIP table imported into its own SQLite file before
/// it starts, story pages output-cached as in production.
/// </summary>
public sealed class CallSite : AppFactory
{
    public const string RunoffSlug = "river-district-plans-to-lift-limits-on-farm-runoff";
    public const string RunoffCall = $"/stories/{RunoffSlug}/actions/1/call";
    public const string HotlineSlug = "agency-closes-the-comment-line-on-the-river-permit";
    public const string HotlineCall = $"/stories/{HotlineSlug}/actions/1/call";

    public CallSite() : base(PrepareSeeds()) => CongressSite.Import(DatabasePath);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:DraftsPerWindow", "1000");
    }

    private static string PrepareSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("civicaction-call-seeds-").FullName;
        File.Copy(Fixtures.Brief("every_kind_of_action.txt"), Path.Combine(folder, "every_kind_of_action.txt"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "calls"), "*.txt"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}

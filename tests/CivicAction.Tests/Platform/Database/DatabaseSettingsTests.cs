using CivicAction.Web.Platform.CommandLine;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Options;
using Microsoft.Extensions.Options;

namespace CivicAction.Tests.Platform.Database;

/// <summary>Database:Provider and its settings, and --db, which always means a SQLite file.</summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void WithoutSettings_TheDatabaseIsTheSqliteFile()
    {
        var options = OptionsSections.Read<DatabaseOptions>(AppConfiguration.Build([]));

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
    }

    [Fact]
    public void PostgreSQL_WithoutAConnectionString_IsRefusedWithWhatIsExpected()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            OptionsSections.Read<DatabaseOptions>(AppConfiguration.Build(["--Database:Provider=PostgreSQL"])));

        Assert.Contains("Database:ConnectionString must name the PostgreSQL server", error.Message, StringComparison.Ordinal);
        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSQL_WithAConnectionString_IsRead()
    {
        var options = OptionsSections.Read<DatabaseOptions>(AppConfiguration.Build(
            ["--Database:Provider=PostgreSQL", "--Database:ConnectionString=Host=db.test;Database=civicaction;Username=civic"]));

        Assert.Equal(DatabaseProvider.PostgreSQL, options.Provider);
        Assert.Equal("Host=db.test;Database=civicaction;Username=civic", options.ConnectionString);
    }

    [Theory]
    [InlineData("import", "brief.txt", "--db", "other.db")]
    [InlineData("serve", "--Database:Provider=PostgreSQL", "--db", "other.db")]
    [InlineData("--Database:Provider=PostgreSQL", "--Database:ConnectionString=Host=db.test", "--db=other.db")]
    public void TheDbOption_AlwaysMeansASqliteFile_WhateverElseTheCommandLineSays(params string[] args)
    {
        var configuration = AppConfiguration.Build(Invocation.Parse(args).HostArgs);
        var options = OptionsSections.Read<DatabaseOptions>(configuration);

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("other.db", options.Path);
    }
}

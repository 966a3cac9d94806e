using CivicAction.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;

namespace CivicAction.Tests.Features.Congress;

/// <summary>The web app offers the lookups and the importer to its pages, over its own database.</summary>
public sealed class CongressServicesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void TheAppResolvesTheCongressStore_AndItsSchemaIsMigrated()
    {
        _ = app.CreateClient(); // starts the host, which migrates the database
        var store = app.Services.GetRequiredService<CongressStore>();

        Assert.Same(store, app.Services.GetRequiredService<CongressStore>());
        Assert.NotNull(app.Services.GetRequiredService<CongressImporter>());
        Assert.Equal("The ZIP-to-district table has not been imported yet: choose your state and district instead.", store.FindByZip("98103").Error);
    }
}

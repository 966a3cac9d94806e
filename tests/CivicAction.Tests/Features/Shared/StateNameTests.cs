using System.Globalization;
using CivicAction.Core.Congress;
using CivicAction.Web.Features.Shared;

namespace CivicAction.Tests.Features.Shared;

/// <summary>A state's name as the page's language writes it, as US Spanish-language government pages write it in Spanish.</summary>
public sealed class StateNameTests
{
    [Theory]
    [InlineData("OR", "Oregón", "Oregon")]
    [InlineData("MS", "Misisipi", "Mississippi")]
    [InlineData("NH", "Nuevo Hampshire", "New Hampshire")]
    [InlineData("NY", "Nueva York", "New York")]
    [InlineData("PA", "Pensilvania", "Pennsylvania")]
    [InlineData("TX", "Texas", "Texas")] // the same in both languages: no key of its own
    public void AStatesName_FollowsThePagesLanguage(string code, string spanish, string english)
    {
        Assert.True(UsStates.TryFind(code, out var state));
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-US");
            Assert.Equal(spanish, SharedStrings.StateName(state));
            Assert.Equal("de " + spanish, SharedStrings.OfStateName(state));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal(english, SharedStrings.StateName(state));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

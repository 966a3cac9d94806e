using CivicAction.Core.Congress.ContactForms;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Tests.Core.Letters.Congress;

/// <summary>The person's value for each field of a contact form, from one mapping of their details and letter.</summary>
public sealed class ContactFormValuesTests
{
    [Theory]
    [InlineData("Dana Rivera", "Dana", "Rivera")]
    [InlineData("  Mary Ann   Smith ", "Mary Ann", "Smith")]
    [InlineData("Martin Luther King, Jr.", "Martin Luther", "King, Jr.")]
    [InlineData("Cher", "Cher", "")]
    [InlineData("John Jr.", "John", "Jr.")]
    [InlineData("", "", "")]
    [InlineData(null, "", "")]
    public void AFullName_SplitsIntoFirstAndLast_ByTheLastWord(string? full, string first, string last) =>
        Assert.Equal((first, last), PersonName.Split(full));

    [Fact]
    public void TheDetailsAndTheLetter_FillTheFields_AndNothingIsInvented()
    {
        var details = new LetterDetails
        {
            Name = "Dana Rivera", Street = "4200 Fremont Ave N", City = "Seattle", State = "wa", Zip = "98103-1234", Email = "dana@example.org",
        };

        var values = ContactFormValues.For(details, new CongressLetter("The subject", "Dear Senator Murray,\n...", [], []));

        Assert.Equal("Dana", values[FormVariable.NameFirst]);
        Assert.Equal("Rivera", values[FormVariable.NameLast]);
        Assert.Equal("WA", values[FormVariable.AddressState]);
        Assert.Equal("Washington", values[FormVariable.AddressStateFull]);
        Assert.Equal("98103", values[FormVariable.AddressZip5]);
        Assert.Equal("1234", values[FormVariable.AddressZip4]);
        Assert.Equal("98103-1234", values[FormVariable.AddressZipPlus4]);
        Assert.Equal("The subject", values[FormVariable.Subject]);
        Assert.StartsWith("Dear Senator Murray", values[FormVariable.Message], StringComparison.Ordinal);
        Assert.False(values.ContainsKey(FormVariable.Phone));
        Assert.False(values.ContainsKey(FormVariable.NamePrefix));
        Assert.False(values.ContainsKey(FormVariable.Topic));
    }
}

using CivicAction.Core.Congress.ContactForms;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Tests.Core.Letters.Congress;

/// <summary>The person's value for each field of a contact form, from one mapping of their details and letter.</summary>
public sealed class ContactFormValuesTests
{
    [Fact]
    public void TheDetailsAndTheLetter_FillTheFields_AndNothingIsInvented()
    {
        var details = new LetterDetails
        {
            FirstName = "Dana", LastName = "Rivera", Street = "4200 Fremont Ave N", City = "Seattle", State = "wa", Zip = "98103-1234", Email = "dana@example.org",
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
        Assert.False(values.ContainsKey(FormVariable.NamePrefix)); // none given
        Assert.False(values.ContainsKey(FormVariable.Topic));
    }

    [Fact]
    public void ThePrefixAndTheNameInTwoParts_AreCopiedAsGiven()
    {
        var details = new LetterDetails { Prefix = "Mx.", FirstName = "Mary Ann", LastName = "de la Cruz", Phone = "206-555-0100" };

        var values = ContactFormValues.For(details, new CongressLetter("S", "B", [], []));

        Assert.Equal(("Mx.", "Mary Ann", "de la Cruz", "Mary Ann de la Cruz"),
            (values[FormVariable.NamePrefix], values[FormVariable.NameFirst], values[FormVariable.NameLast], values[FormVariable.NameFull]));
        Assert.Equal("206-555-0100", values[FormVariable.Phone]);
    }
}

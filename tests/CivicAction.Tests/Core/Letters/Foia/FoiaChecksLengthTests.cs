using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>Every text of a request is bounded; one character more than its bound blocks sending.</summary>
public sealed class FoiaChecksLengthTests
{
    private static readonly FoiaRequest Good = new()
    {
        FullName = "Ann Example",
        Email = "ann@example.org",
        PostalAddress = "12 Main Street\nSpringfield, IL 62701",
        AgencyName = "Bureau of Land Management",
        RecordsDescription = "Appraisals of the parcels listed in S. 1234, from January 1, 2024 to the present.",
    };

    public static TheoryData<string> Fields => new(FoiaChecks.MaxLengths.Keys);

    private static FoiaRequest With(string field, string text) => field switch
    {
        nameof(FoiaRequest.FullName) => Good with { FullName = text },
        nameof(FoiaRequest.Email) => Good with { Email = text },
        nameof(FoiaRequest.Phone) => Good with { Phone = text },
        nameof(FoiaRequest.Organization) => Good with { Organization = text },
        nameof(FoiaRequest.AgencyName) => Good with { AgencyName = text },
        nameof(FoiaRequest.Subject) => Good with { Subject = text },
        nameof(FoiaRequest.PostalAddress) => Good with { PostalAddress = text },
        nameof(FoiaRequest.RecordsDescription) => Good with { RecordsDescription = text },
        nameof(FoiaRequest.Context) => Good with { Context = text },
        nameof(FoiaRequest.Questions) => Good with { Questions = [text] },
        nameof(FoiaRequest.FeeWaiverJustification) => Good with { FeeWaiverJustification = text },
        nameof(FoiaRequest.ExpeditedJustification) => Good with { ExpeditedJustification = text },
        nameof(FoiaRequest.PlaceOfBirth) => Good with { PlaceOfBirth = text },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "a field with no case here"),
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void OneCharacterOverTheBound_Blocks_AtTheBound_DoesNot(string field)
    {
        var max = FoiaChecks.MaxLengths[field];

        var over = FoiaChecks.Check(With(field, new string('a', max + 1)), null);
        var at = FoiaChecks.Check(With(field, new string('a', max)), null);

        var tooLong = Assert.Single(over, c => c.Code == FoiaCheckCodes.TooLong);
        Assert.Equal((field, Severity.Blocking), (tooLong.Field, tooLong.Severity));
        Assert.Contains($"at most {max:N0} characters", tooLong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(at, c => c.Code == FoiaCheckCodes.TooLong);
    }
}

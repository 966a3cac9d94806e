using CivicAction.Core.Letters.Congress.Cwc;

namespace CivicAction.Tests.Core.Letters.Congress.Cwc;

public sealed class CwcReplyTests
{
    [Fact]
    public void ARefusal_IsReadFromItsErrorElements()
    {
        Assert.Equal("Invalid MemberOffice; Zip is required",
            CwcReply.Reason("<Errors><Error>Invalid MemberOffice</Error><Error>\n  Zip is required </Error></Errors>"));
    }

    [Fact]
    public void ARefusalThatIsNotXml_IsItsText_OnOneLine_AndBounded()
    {
        Assert.Equal("Bad request: try again", CwcReply.Reason("Bad request:\r\n try again"));
        Assert.Equal("no reason given", CwcReply.Reason(""));
        Assert.Equal(CwcReply.ReasonMax, CwcReply.Reason(new string('e', 5000)).Length);
    }

    [Fact]
    public void AnAnswer_WithADocumentTypeOrExternalEntity_IsNotExpanded()
    {
        var hostile = "<!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Errors><Error>&x;</Error></Errors>";

        Assert.DoesNotContain("root:", CwcReply.Reason(hostile), StringComparison.Ordinal);
        Assert.Null(CwcReply.Receipt(hostile));
    }

    [Fact]
    public void AnAcceptance_KeepsItsReference_WhenItGivesOne()
    {
        Assert.Equal("CWC-123", CwcReply.Receipt("<Receipt><ReceiptId>CWC-123</ReceiptId></Receipt>"));
        Assert.Null(CwcReply.Receipt(""));
        Assert.Null(CwcReply.Receipt("<Ok/>"));
    }
}

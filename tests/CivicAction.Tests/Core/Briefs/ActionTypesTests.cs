using CivicAction.Core.Briefs;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>The one classification of actions, on made-up wordings of each type, and the details each type carries.</summary>
public sealed class ActionTypesTests
{
    private static BriefAction Action(string kind, string body) =>
        ParseText($"2026-03-03\n\nHeadline\n\nDek\n\nBody.\n\nWhat You Can Do\n\n1\n\n{kind}\n\n{body}").Actions[0];

    public static TheoryData<string, string, ActionType> Wordings => new()
    {
        { "civic action", "File a FOIA request with the EPA for its runoff studies\n\nfoia@epa.gov", ActionType.FoiaRequest },
        { "civic action", "Submit a Freedom of Information Act request to the Forest Service", ActionType.FoiaRequest },
        { "civic action", "Email your members of Congress about the rule\n\nSubject: Keep the limits\n\nDear [Representative/Senator Name],", ActionType.CongressLetter },
        { "civic action", "Write to your senators\n\nDear Senator [Last Name],\n\nPlease vote no.", ActionType.CongressLetter },
        { "civic action", "Tell your representative to vote no\n\nSubject: Vote no on [Bill Number]\n\nDear [Representative Name],", ActionType.CongressLetter },
        { "acción cívica", "Escriba a sus representantes en el Congreso sobre los fondos\n\nSubject: Fondos para las bibliotecas\n\nEstimado/a [Nombre del representante]:", ActionType.CongressLetter },
        { "call", "Call your senators before Thursday's vote\n\n(202) 224-3121", ActionType.Call },
        { "civic action", "Phone your representative's district office\n\nScript: Hi, I'm [Your Name].", ActionType.Call },
        { "civic action", "Call the agency's tip line\n\n1-800-555-0142", ActionType.Call },
        { "civic action", "Make a call to the governor's office\n\n(555) 010-2000", ActionType.Call },
        { "civic action", "Contact your senators\n\n(202) 224-3121\n\nScript: Hello, I'm a constituent.", ActionType.Call },
        { "public comment", "Tell the EPA what you think\n\nhttps://www.regulations.gov/docket/EPA-HQ-OW-2026-0142", ActionType.PublicComment },
        { "civic action", "Submit a public comment on the proposed runoff rule\n\nhttps://www.regulations.gov/docket/EPA-HQ-OW-2026-0142", ActionType.PublicComment },
        { "civic action", "Comment on the Forest Service's logging plan", ActionType.PublicComment },
        { "civic action", "Weigh in on the agency's proposed rule before April 30", ActionType.PublicComment },
        { "civic action", "Speak up for clean water\n\nThe comment period closes April 30 at regulations.gov", ActionType.PublicComment },
        { "attend", "Be heard on the budget\n\nThursday, March 19, 2026, 6 p.m. at City Hall", ActionType.Attend },
        { "civic action", "Attend the water district board hearing", ActionType.Attend },
        { "civic action", "Join the town hall in Walla Walla", ActionType.Attend },
        { "civic action", "Testify at the state Senate committee hearing", ActionType.Attend },
        { "public comment", "Speak during public comment at the council meeting on Tuesday", ActionType.Attend },
        { "civic action", "Email your state legislator in support of the bill\n\nSubject: Please co-sponsor [Bill Number]\n\nDear [State Legislator Name],", ActionType.OfficialLetter },
        { "civic action", "Write to your state senator\n\nDear Senator [Name],", ActionType.OfficialLetter },
        { "civic action", "Email Governor Ruiz about the pipeline\n\nSubject: Stop the pipeline", ActionType.OfficialLetter },
        { "civic action", "Email the committee chair\n\nSubject: Please oppose the sale\n\nDear Chair [Chair Name],", ActionType.OfficialLetter },
        { "civic action", "Write to the agency head\n\nAsk the administrator to keep the office open", ActionType.OfficialLetter },
        { "civic action", "Request the district's water tests\n\nrecords@district.example.org\n\nSample text: I request the tests from [Start Date].", ActionType.OfficialLetter },
        { "civic action", "Write a letter to the editor of your local paper\n\nDear Editor,", ActionType.Other },
        { "civic action", "Share this story with your neighbours", ActionType.Other },
        { "civic action", "Donate to the river cleanup fund\n\nhttps://example.org/donate", ActionType.Other },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public void EachWording_GetsItsType(string kind, string body, ActionType expected) =>
        Assert.Equal(expected, Action(kind, body).Type);

    [Fact]
    public void TheFixture_HasOneActionOfEachType()
    {
        var brief = ParseFixture("every_kind_of_action.txt");

        Assert.Equal(
            [ActionType.Call, ActionType.OfficialLetter, ActionType.PublicComment, ActionType.Attend, ActionType.OfficialLetter, ActionType.FoiaRequest, ActionType.Other],
            brief.Actions.Select(a => a.Type));
    }

    [Theory]
    [InlineData("Call your senators about the bill", CongressMembers.Senators)]
    [InlineData("Call your representative about the bill", CongressMembers.Representative)]
    [InlineData("Call your members of Congress about the bill", CongressMembers.Both)]
    [InlineData("Call your senators and your representative", CongressMembers.Both)]
    public void ACallToCongress_SaysWhichMembers(string title, CongressMembers members)
    {
        var call = Action("call", title + "\n\n(202) 224-3121").Call!;

        Assert.Equal((CallTarget.Congress, members), (call.To, call.Members));
        Assert.Equal(["(202) 224-3121"], call.Phones);
    }

    [Fact]
    public void ACallToANumber_HasTheNumbers_FromContactLinesAndTexts()
    {
        var call = Action("call", "Call the state utility commission's hotline\n\n(555) 010-2000\n\nScript: Hello. If no one answers, try 555-010-2001.").Call!;

        Assert.Equal(CallTarget.Number, call.To);
        Assert.Null(call.Members);
        Assert.Equal(["(555) 010-2000", "555-010-2001"], call.Phones);
    }

    [Fact]
    public void ACallToAStateSenator_IsNoCallToCongress()
    {
        Assert.Equal(CallTarget.Number, Action("call", "Call your state senator\n\n(555) 010-2000").Call!.To);
    }

    [Fact]
    public void AComment_HasItsDocketAddressAndId()
    {
        var comment = ParseFixture("every_kind_of_action.txt").Actions[2].Comment!;

        Assert.Equal(new CommentDetails("https://www.regulations.gov/docket/EPA-HQ-OW-2026-0142", "EPA-HQ-OW-2026-0142"), comment);
    }

    [Theory]
    [InlineData("Comment on the rule\n\nhttps://www.regulations.gov/document/FDA-2013-N-0500-0001", "https://www.regulations.gov/document/FDA-2013-N-0500-0001", "FDA-2013-N-0500")]
    [InlineData("Comment on the rule\n\nDocket ID: OSHA-2010-0003, at Regulations.gov", "Regulations.gov", "OSHA-2010-0003")]
    [InlineData("Comment on the council's plan\n\nhttps://example.gov/council/comments", "https://example.gov/council/comments", null)]
    [InlineData("Comment on the plan", null, null)]
    public void ACommentsAddressAndDocket_AreWhatTheBriefWrites(string body, string? address, string? docket) =>
        Assert.Equal(new CommentDetails(address, docket), Action("public comment", body).Comment);

    [Fact]
    public void AMeeting_HasItsDateTimeAndPlace()
    {
        var meeting = ParseFixture("every_kind_of_action.txt").Actions[3].Meeting!;

        Assert.Equal(new DateOnly(2026, 3, 19), meeting.Date);
        Assert.Equal("Thursday, March 19, 2026", meeting.DateText);
        Assert.Equal(("6–8 p.m.", new TimeOnly(18, 0), new TimeOnly(20, 0)), (meeting.TimeText, meeting.Start, meeting.End));
        Assert.Equal("the Grange Hall, 12 Mill Road, Clearwater", meeting.Place);
        Assert.Empty(meeting.Missing);
    }

    [Fact]
    public void AMeetingInLabelledBlocks_IsReadFromThem()
    {
        var meeting = Action("attend", "Attend the budget hearing\n\nWhen: 4/14/2026 at 10:30 a.m.\nWhere: County Courthouse, Room 3\n").Meeting!;

        Assert.Equal((new DateOnly(2026, 4, 14), new TimeOnly(10, 30), "County Courthouse, Room 3"), (meeting.Date, meeting.Start, meeting.Place));
        Assert.Empty(meeting.Missing);
    }

    [Fact]
    public void AMeeting_SaysWhatIsMissing()
    {
        var noYear = Action("attend", "Attend the council meeting on Sept. 15\n\nThe meeting starts at 6:30 pm at City Hall, Room 200.").Meeting!;
        Assert.Equal(("Sept. 15", null, new TimeOnly(18, 30), "City Hall, Room 200"), (noYear.DateText, noYear.Date, noYear.Start, noYear.Place));
        Assert.Equal(["year"], noYear.Missing);
        Assert.Equal(new DateOnly(2026, 9, 15), noYear.DateOnOrAfter(new DateOnly(2026, 3, 3)));
        Assert.Equal(new DateOnly(2027, 9, 15), noYear.DateOnOrAfter(new DateOnly(2026, 9, 16)));

        var weekday = Action("attend", "Join the town hall\n\nSaturday at noon at the county fairgrounds").Meeting!;
        Assert.Equal(("Saturday", null, new TimeOnly(12, 0), "the county fairgrounds"), (weekday.DateText, weekday.Date, weekday.Start, weekday.Place));
        Assert.Equal(["date"], weekday.Missing);
        Assert.Null(weekday.DateOnOrAfter(new DateOnly(2026, 3, 3)));

        var nothing = Action("attend", "Attend the hearing").Meeting!;
        Assert.Equal(["date", "time", "place"], nothing.Missing);
    }

    [Fact]
    public void OnlyTheDetailsOfItsType_AreSet()
    {
        var brief = ParseFixture("every_kind_of_action.txt");

        Assert.Equal(
            [(true, false, false), (false, false, false), (false, true, false), (false, false, true), (false, false, false), (false, false, false), (false, false, false)],
            brief.Actions.Select(a => (a.Call is not null, a.Comment is not null, a.Meeting is not null)));
    }
}

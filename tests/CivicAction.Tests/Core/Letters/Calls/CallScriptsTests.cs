using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Calls;
using CivicAction.Core.Letters.Congress;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Letters.Calls;

/// <summary>A call's script filled for one member: the caller's blanks, the member's name with one correct title, nothing invented.</summary>
public sealed class CallScriptsTests
{
    private static readonly Recipient Cantwell = new("Senator", "Cantwell", "Maria Cantwell");
    private static readonly Recipient Jayapal = new("Representative", "Jayapal", "Pramila Jayapal");

    private static BriefAction RunoffCall() => ParseFixture("every_kind_of_action.txt").Actions[0];

    private static BriefAction Call(string body) =>
        ParseText($"2026-03-03\n\nHeadline\n\nDek\n\nBody text.\n\nWhat You Can Do\n\n1\n\ncall\n\n{body}").Actions[0];

    [Fact]
    public void TheCallersNameAndCity_AndTheMember_AreFilledIn_WithOneTitle()
    {
        var script = CallScripts.For(RunoffCall(), new Caller(" Dana Rivera ", "Seattle"), Cantwell);

        Assert.Equal(
            "Hi, my name is Dana Rivera and I live in Seattle. I'm calling to ask Senator Cantwell to defend the runoff limits on the Clearwater River.",
            script.Script);
        Assert.Empty(script.Unfilled);
    }

    [Fact]
    public void AScriptWrittenForASenator_CallsARepresentative_ByTheirOwnTitle()
    {
        var script = CallScripts.For(RunoffCall(), new Caller("Dana", "Seattle"), Jayapal);

        Assert.Contains("ask Representative Jayapal to defend", script.Script, StringComparison.Ordinal);
        Assert.DoesNotContain("Senator", script.Script, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatTheCallerDidNotGive_StaysABlank_NothingIsInvented()
    {
        var script = CallScripts.For(RunoffCall(), Caller.Nobody, Cantwell);

        Assert.StartsWith("Hi, my name is [Your Name] and I live in [Your City].", script.Script, StringComparison.Ordinal);
        Assert.Equal(["Your Name", "Your City"], script.Unfilled);
    }

    [Fact]
    public void TheBriefsVoicemailBlock_IsWhatToSayOnVoicemail()
    {
        var script = CallScripts.For(RunoffCall(), new Caller("Dana", "Seattle"), Cantwell);

        Assert.True(script.VoicemailFromBrief);
        Assert.Equal(["Say your name and ZIP code slowly.", "Leave a number staff can call back."], script.Voicemail);
    }

    [Fact]
    public void WithoutAVoicemailBlock_TheDefault_SaysTheName_TheCity_AndTheAsk()
    {
        var action = Call("Call your senators about the library grants\n\nScript: Hello, I'm [Your Name] from [Your City]. I urge [Senator/Representative Name] to protect library grants. Thank you.\n");

        var script = CallScripts.For(action, new Caller("Lee Park", "Burlington"), Cantwell);

        Assert.False(script.VoicemailFromBrief);
        Assert.Equal(
            ["Hello, my name is Lee Park, and I'm a constituent in Burlington. I urge Senator Cantwell to protect library grants. Thank you."],
            script.Voicemail);
    }

    [Fact]
    public void ACallToANumber_FillsTheCaller_AndLeavesWhomToAskForAsABlank()
    {
        var action = Call("Call the agency's hotline\n\n(555) 010-4477\n\nWhat to say: I'm [Your Name] in [Your Town]. Please tell [Official Name] to reopen the comment period.\n");

        var script = CallScripts.For(action, new Caller("Ana", "Walla Walla"), member: null);

        Assert.Equal("I'm Ana in Walla Walla. Please tell [Official Name] to reopen the comment period.", script.Script);
        Assert.Equal(["Official Name"], script.Unfilled);
    }

    [Fact]
    public void WithoutAScript_TheCallSaysWhoCalls_AndAsksInTheBriefsWords()
    {
        var action = Call("Call your representative about the runoff rule\n\nAsk them to keep the federal limits in place\n");

        var script = CallScripts.For(action, new Caller("Dana", "Seattle"), Jayapal);

        Assert.Equal(
            "Hello, my name is Dana, and I live in Seattle. I'm calling about the runoff rule. I'm asking Representative Jayapal to keep the federal limits in place. Thank you.",
            script.Script);
    }

    [Fact]
    public void TheCityAndStateBlank_TakesTheStateTheLookupKnows()
    {
        var action = Call("Call your senators\n\nScript: I'm [Your Name] from [City, State], ZIP [Your ZIP]. I ask Senator [Name] to vote no.\n");

        var script = CallScripts.For(action, new Caller("Dana", "Seattle", "WA", "98103"), Cantwell);

        Assert.Equal("I'm Dana from Seattle, WA, ZIP 98103. I ask Senator Cantwell to vote no.", script.Script);
    }
}

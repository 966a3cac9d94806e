using CivicAction.Web.Platform.Logging;

namespace CivicAction.Tests.Platform.Logging;

public sealed class LogSafePathTests
{
    private const string Token = "ZXE9_4EocptglBP6rQTsDopVdQpggHv4JT5bob9O2Zk";

    [Theory]
    [InlineData("/requests/ZXE9_4EocptglBP6rQTsDopVdQpggHv4JT5bob9O2Zk", "/requests/{token}")]
    [InlineData("/requests/ZXE9_4EocptglBP6rQTsDopVdQpggHv4JT5bob9O2Zk/confirm/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "/requests/{token}/confirm/{token}")]
    [InlineData("/stories/doj-admits-dhs-secretary-noem", "/stories/doj-admits-dhs-secretary-noem")]
    [InlineData("/requests/deleted", "/requests/deleted")]
    [InlineData("/requests/mine", "/requests/mine")]
    [InlineData("/requests/mine/ZXE9_4EocptglBP6rQTsDopVdQpggHv4JT5bob9O2Zk?handler=Open", "/requests/mine/{token}?handler=Open")]
    [InlineData("/stories/house-to-vote/actions/1/congress/letters", "/stories/house-to-vote/actions/1/congress/letters")]
    public void LogPaths_HideTokens_ButKeepOrdinaryAddresses(string path, string logged) =>
        Assert.Equal(logged, LogSafePath.Redact(path));

    /// <summary>A token ends where its alphabet ends, whatever comes next.</summary>
    [Theory]
    [InlineData("redirecting to /requests/{0}?done=saved", "redirecting to /requests/{token}?done=saved")]
    [InlineData("/requests/{0}?handler=Delete", "/requests/{token}?handler=Delete")]
    [InlineData("/letters/{0}#letters", "/letters/{token}#letters")]
    [InlineData("/letters/{0}&x=1", "/letters/{token}&x=1")]
    [InlineData("/letters/{0};jsessionid=1", "/letters/{token};jsessionid=1")]
    [InlineData("see /letters/{0}.", "see /letters/{token}.")]
    [InlineData("'/letters/{0}'", "'/letters/{token}'")]
    [InlineData("https://civicaction.example/requests/{0}?done=confirmed", "https://civicaction.example/requests/{token}?done=confirmed")]
    [InlineData("/error/404?returnUrl=%2Frequests%2F{0}%3Fdone%3Dsaved", "/error/404?returnUrl=%2Frequests%2F{token}%3Fdone%3Dsaved")]
    [InlineData("/error/404?returnUrl=%2frequests%2f{0}", "/error/404?returnUrl=%2frequests%2f{token}")]
    [InlineData("/requests/{0}/confirm/{0}?a=b", "/requests/{token}/confirm/{token}?a=b")]
    public void TokensAreHidden_WhateverFollowsThem(string text, string logged) =>
        Assert.Equal(logged, LogSafePath.Redact(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, Token)));
}

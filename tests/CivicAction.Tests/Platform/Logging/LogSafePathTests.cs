using CivicAction.Web.Platform.Logging;

namespace CivicAction.Tests.Platform.Logging;

public sealed class LogSafePathTests
{
    [Theory]
    [InlineData("/requests/ZXE9_4EocptglBP6rQTsDopVdQpggHv4JT5bob9O2Zk", "/requests/{token}")]
    [InlineData("/requests/ZXE9_4EocptglBP6rQTsDopVdQpggHv4JT5bob9O2Zk/confirm/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "/requests/{token}/confirm/{token}")]
    [InlineData("/stories/doj-admits-dhs-secretary-noem", "/stories/doj-admits-dhs-secretary-noem")]
    public void LogPaths_HideTokens_ButKeepOrdinaryAddresses(string path, string logged) =>
        Assert.Equal(logged, LogSafePath.Redact(path));
}

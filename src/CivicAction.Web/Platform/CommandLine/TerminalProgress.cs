using System.Diagnostics;

namespace CivicAction.Web.Platform.CommandLine;

/// <summary>A one-line "imported 1200/10000" counter on a terminal, redrawn at most ten times a second.</summary>
public sealed class TerminalProgress(TextWriter terminal, int total) : IProgress<int>, IDisposable
{
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private bool _drawn;

    public void Report(int value)
    {
        if (_sinceDraw.ElapsedMilliseconds < 100 && value < total)
        {
            return;
        }

        terminal.Write($"\rimporting {value}/{total} ({100 * value / total}%)");
        _drawn = true;
        _sinceDraw.Restart();
    }

    public void Dispose()
    {
        if (_drawn)
        {
            terminal.Write("\r\u001b[K"); // clear the progress line before the summary
            _drawn = false;
        }
    }
}

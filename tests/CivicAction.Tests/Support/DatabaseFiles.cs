using System.Text;

namespace CivicAction.Tests.Support;

/// <summary>
/// The SQLite file and its companions (-wal, -shm) as raw bytes, as someone who copies them would read them:
/// not through SQL, which shows only live rows, but every page, free or journalled.
/// </summary>
public static class DatabaseFiles
{
    /// <summary>The names of the files (of those that exist) that hold <paramref name="text"/> in UTF-8.</summary>
    public static IReadOnlyList<string> Holding(string databasePath, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }
            .Where(File.Exists)
            .Where(path => Read(path).AsSpan().IndexOf(needle) >= 0)
            .Select(Path.GetFileName)
            .Select(name => name!)
            .ToList();
    }

    // The app has the files open; read them the way a backup tool would, without locking them.
    private static byte[] Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

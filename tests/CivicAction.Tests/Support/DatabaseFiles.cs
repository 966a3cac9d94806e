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
        return StableCopy(databasePath)
            .Where(file => file.Bytes.AsSpan().IndexOf(needle) >= 0)
            .Select(file => Path.GetFileName(file.Path))
            .ToList();
    }

    // The app may checkpoint while the files are read (its outbox worker forgets a delivered message in the
    // background): a page read from the -wal just before the checkpoint truncates it and from the main file just
    // before the checkpoint wrote it there is in neither copy. A copy is taken again until two in a row agree.
    private static List<(string Path, byte[] Bytes)> StableCopy(string databasePath)
    {
        var previous = Copy(databasePath);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var current = Copy(databasePath);
            if (Same(previous, current))
            {
                return current;
            }

            previous = current;
            Thread.Sleep(100);
        }

        throw new InvalidOperationException("The database files kept changing while they were read.");
    }

    private static List<(string Path, byte[] Bytes)> Copy(string databasePath) =>
        new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }
            .Where(File.Exists)
            .Select(path => (path, Read(path)))
            .ToList();

    private static bool Same(List<(string Path, byte[] Bytes)> first, List<(string Path, byte[] Bytes)> second) =>
        first.Count == second.Count
        && first.Zip(second).All(pair => pair.First.Path == pair.Second.Path && pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes));

    // The app has the files open; read them the way a backup tool would, without locking them.
    private static byte[] Read(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (FileNotFoundException)
        {
            return []; // the last connection's close removed the -wal between listing and reading it
        }
    }
}

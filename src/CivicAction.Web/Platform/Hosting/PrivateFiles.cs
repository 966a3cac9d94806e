using System.Runtime.Versioning;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>
/// The files that hold people's letters or the keys that sign their forms (the database and its journals, the key
/// ring) are the app's user's alone, whatever the umask: a new one is created readable and writable by that user
/// only, and an existing one that other users may open is closed to them at start. Its group's access, which an
/// operator may have granted for backups, stays. Windows has no such modes: there the folders' access lists apply.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = FileMode | UnixFileMode.UserExecute;
    private const UnixFileMode Others = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>
    /// Creates the folder (and any missing parent) for the app's user only; an existing one is left as it is, since
    /// it may be shared (the working directory, a mounted volume).
    /// </summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else if (!Directory.Exists(path))
        {
            Directory.CreateDirectory(path, FolderMode);
        }
    }

    /// <summary>A folder that is the app's own (the key ring): created for its user only, or, when it exists, it and its files closed to others.</summary>
    public static DirectoryInfo OwnFolder(string path)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(path))
        {
            CreateFolder(path);
            return new DirectoryInfo(path);
        }

        CloseToOthers(path);
        foreach (var file in Directory.EnumerateFiles(path))
        {
            CloseToOthers(file);
        }

        return new DirectoryInfo(path);
    }

    /// <summary>Creates the file empty for the app's user only before anything else opens it, or closes an existing one to others.</summary>
    public static void File(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = FileMode,
            });
        }
        catch (IOException) when (System.IO.File.Exists(path))
        {
            CloseToOthers(path);
        }
    }

    /// <summary>Closes the file, if it exists, to other users.</summary>
    public static void Existing(string path)
    {
        if (!OperatingSystem.IsWindows() && System.IO.File.Exists(path))
        {
            CloseToOthers(path);
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static void CloseToOthers(string path)
    {
        var mode = System.IO.File.GetUnixFileMode(path);
        if ((mode & Others) == 0)
        {
            return;
        }

        try
        {
            System.IO.File.SetUnixFileMode(path, mode & ~Others);
        }
        catch (UnauthorizedAccessException)
        {
            // Another user owns it (the operator's own setup): it works as before, and only its owner may change it.
        }
    }
}

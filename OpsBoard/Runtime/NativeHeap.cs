using System.Runtime.InteropServices;

namespace OpsBoard.Runtime;

/// <summary>
/// glibc's allocator, which SQLite and the runtime's native parts allocate from. Under a burst of requests every
/// thread-pool thread gets an arena of its own, and freed pages stay in the arenas: the process keeps hundreds of
/// megabytes it no longer uses. Fewer arenas bound that growth; a trim hands the free pages back.
/// </summary>
public static partial class NativeHeap
{
    private const int ArenaMaxOption = -8;

    /// <summary>Caps the number of arenas; answers false where the C library is not glibc.</summary>
    public static bool LimitArenas(int arenas) => Call(() => mallopt(ArenaMaxOption, arenas) == 1);

    /// <summary>Returns the free pages of every arena to the system; answers false where the C library is not glibc.</summary>
    public static bool Trim() => Call(() => malloc_trim(0) >= 0);

    private static bool Call(Func<bool> call)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return call();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int malloc_trim(nuint pad);

    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int mallopt(int option, int value);
}

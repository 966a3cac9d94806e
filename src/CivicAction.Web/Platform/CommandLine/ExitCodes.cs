namespace CivicAction.Web.Platform.CommandLine;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeRejected = 1;
    public const int Usage = 2;
}

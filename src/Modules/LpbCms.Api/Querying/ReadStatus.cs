using LpbCms.Core.Storage;

namespace LpbCms.Api.Querying;

/// <summary>The <c>status</c> query parameter: <c>published</c> (default), <c>draft</c> or <c>latest</c>.</summary>
public static class ReadStatus
{
    public const string ParameterName = "status";

    public static bool TryParse(string? value, out VersionScope scope)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "" or "PUBLISHED":
                scope = VersionScope.Published;
                return true;
            case "DRAFT":
                scope = VersionScope.Draft;
                return true;
            case "LATEST":
                scope = VersionScope.Latest;
                return true;
            default:
                scope = VersionScope.Published;
                return false;
        }
    }
}

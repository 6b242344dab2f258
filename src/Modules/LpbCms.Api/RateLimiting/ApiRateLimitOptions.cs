namespace LpbCms.Api.RateLimiting;

/// <summary>Per client address and minute (configuration <c>LpbCms:Api:RateLimits</c>); 0 switches a limit off.</summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "LpbCms:Api:RateLimits";

    /// <summary>Requests to <c>/api</c> by callers without a session or token.</summary>
    public int AnonymousPermitsPerMinute { get; set; } = 1200;
}

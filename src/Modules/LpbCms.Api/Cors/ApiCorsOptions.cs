namespace LpbCms.Api.Cors;

/// <summary>Cross-origin access to <c>/api</c> and <c>/connect</c> (configuration <c>LpbCms:Api:Cors</c>); no origins means none.</summary>
public sealed class ApiCorsOptions
{
    public const string SectionName = "LpbCms:Api:Cors";

    public const string PolicyName = "LpbCms.Api";

    /// <summary>Origins such as <c>https://www.lpb.nl</c>; <c>*</c> allows any origin, but never together with credentials.</summary>
    public IList<string> AllowedOrigins { get; init; } = [];

    /// <summary>Lets browsers send cookies cross-origin; refused at start when any origin is allowed.</summary>
    public bool AllowCredentials { get; set; }

    public int PreflightMaxAgeSeconds { get; set; } = 600;
}

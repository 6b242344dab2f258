using LpbCms.Web.Abstractions.Security;

namespace LpbCms.Web.Hosting.Security;

/// <summary>One POST to a sign-in endpoint: from which address, for which name (null when none was sent).</summary>
public sealed record SignInAttempt(SignInEndpoint Endpoint, string Address, string? Name);

using Microsoft.AspNetCore.Http;

namespace LpbCms.Web.Abstractions.Security;

/// <summary>
/// An endpoint where a caller proves who it is (a password, a client secret): the host limits the
/// POSTs to <see cref="Path"/> per client address and per the name in form field
/// <see cref="NameField"/> (or the user of HTTP Basic credentials), before authentication runs.
/// <see cref="Key"/> names its limiter partitions (e.g. <c>token</c>).
/// </summary>
public sealed record SignInEndpoint(string Key, PathString Path, string NameField);

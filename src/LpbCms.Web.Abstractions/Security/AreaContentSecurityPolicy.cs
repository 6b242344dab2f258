using Microsoft.AspNetCore.Http;

namespace LpbCms.Web.Abstractions.Security;

/// <summary>
/// The Content-Security-Policy for every response under <see cref="PathPrefix"/> (the longest
/// matching prefix wins; elsewhere the host's public policy applies). <see cref="Policy"/> may hold
/// <see cref="CspNonce.Placeholder"/>, replaced by the request's nonce.
/// </summary>
public sealed record AreaContentSecurityPolicy(PathString PathPrefix, string Policy);

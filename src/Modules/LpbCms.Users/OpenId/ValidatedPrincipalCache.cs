using System.Security.Claims;

namespace LpbCms.Users.OpenId;

/// <summary>
/// Access tokens whose signature, encryption and claims were verified recently, with the principal
/// they carried, so a client that sends the same token again does not pay for decryption and
/// signature checks on every request. Keyed by the exact token text; an entry lives at most
/// <see cref="Lifetime"/> and never past the token's own expiry. The checks that follow (expiry,
/// the token's database entry in <see cref="CachedTokenEntryValidation"/>) still run on every request.
/// </summary>
public sealed class ValidatedPrincipalCache(TimeProvider time)
{
    /// <summary>Short, so a signing key taken out of service stops being trusted soon.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ExpiringEntries<ClaimsPrincipal> _principals = new(time, maxEntries: 1_000);

    /// <summary>A copy of the principal validated for <paramref name="token"/>, or null.</summary>
    public ClaimsPrincipal? Find(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _principals.TryGet(token, out var principal) ? Copy(principal) : null;
    }

    public void Add(string token, ClaimsPrincipal principal, DateTimeOffset? expires)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(principal);
        var until = _principals.Now + Lifetime;
        if (expires is { } expiry && expiry < until)
        {
            until = expiry;
        }

        _principals.Set(token, Copy(principal), until);
    }

    public void Clear() => _principals.Clear();

    /// <summary>A deep copy: <see cref="ClaimsPrincipal.Clone"/> shares the identities, and the validation pipeline adds claims to them.</summary>
    private static ClaimsPrincipal Copy(ClaimsPrincipal principal) => new(principal.Identities.Select(identity => identity.Clone()));
}

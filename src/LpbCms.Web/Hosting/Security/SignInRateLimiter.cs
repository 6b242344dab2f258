using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Hosting.Security;

/// <summary>
/// Fixed-window limiters per endpoint and client address, chained with per endpoint and name, so an
/// attempt needs a permit from both: one address cannot try many names, and many addresses cannot
/// hammer one name. A rejected attempt still used up its address permit.
/// </summary>
public sealed class SignInRateLimiter : IDisposable
{
    /// <summary>Names are compared case-insensitively and cut to this length, so a partition key stays small.</summary>
    private const int MaxNameLength = 256;

    private readonly PartitionedRateLimiter<SignInAttempt> _byAddress;
    private readonly PartitionedRateLimiter<SignInAttempt> _byName;
    private readonly PartitionedRateLimiter<SignInAttempt> _chained;

    public SignInRateLimiter(IOptions<SignInThrottleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        Window = limits.Window;
        _byAddress = PartitionedRateLimiter.Create<SignInAttempt, string>(attempt =>
            Partition($"{attempt.Endpoint.Key}|address|{attempt.Address}", limits.PermitsPerAddress, limits.Window));
        _byName = PartitionedRateLimiter.Create<SignInAttempt, string>(attempt => attempt.Name is { Length: > 0 } name
            ? Partition($"{attempt.Endpoint.Key}|name|{Normalize(name)}", limits.PermitsPerName, limits.Window)
            : RateLimitPartition.GetNoLimiter("no-name"));
        _chained = PartitionedRateLimiter.CreateChained(_byAddress, _byName);
    }

    public TimeSpan Window { get; }

    /// <summary>Takes one permit from both limits; the lease says whether the attempt may go on.</summary>
    public RateLimitLease Acquire(SignInAttempt attempt) => _chained.AttemptAcquire(attempt);

    public void Dispose()
    {
        _chained.Dispose();
        _byName.Dispose();
        _byAddress.Dispose();
    }

    private static RateLimitPartition<string> Partition(string key, int permits, TimeSpan window) =>
        permits <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    private static string Normalize(string name)
    {
        var trimmed = name.Trim();
        return (trimmed.Length > MaxNameLength ? trimmed[..MaxNameLength] : trimmed).ToUpperInvariant();
    }
}

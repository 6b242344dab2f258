namespace LpbCms.Web.Hosting.Security;

/// <summary>
/// Limits on sign-in attempts (configuration <c>LpbCms:SignInLimits</c>): every POST to a sign-in
/// endpoint counts, successful or not, per client address and per name (user name or client id),
/// in fixed windows. Counting every attempt, not only failures, means a burst of parallel guesses
/// cannot slip through before the first failure is known; 30 a minute is far above what a person
/// or a client fetching tokens needs. 0 switches a limit off.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "LpbCms:SignInLimits";

    public int PermitsPerAddress { get; set; } = 30;

    public int PermitsPerName { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

namespace LpbCms.Web.Abstractions.Security;

/// <summary>The sign-in endpoints the modules registered with <see cref="ModuleSecurityRegistration.AddSignInThrottle"/>.</summary>
public sealed class SignInEndpoints
{
    public IList<SignInEndpoint> All { get; } = [];
}

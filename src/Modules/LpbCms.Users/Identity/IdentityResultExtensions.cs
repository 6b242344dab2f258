using Microsoft.AspNetCore.Identity;

namespace LpbCms.Users.Identity;

internal static class IdentityResultExtensions
{
    /// <exception cref="IdentityOperationException">The result is a failure; the message names <paramref name="operation"/> and every error.</exception>
    public static void EnsureSucceeded(this IdentityResult result, string operation)
    {
        if (!result.Succeeded)
        {
            throw new IdentityOperationException(operation, [.. result.Errors.Select(e => e.Description)]);
        }
    }
}

using Microsoft.AspNetCore.Identity;

namespace LpbCms.Core.Security;

/// <summary>A user account (ASP.NET Core Identity); stored by the data layer's EF stores.</summary>
public sealed class LpbUser : IdentityUser
{
    /// <summary>Disabled users cannot sign in or call the API; their content keeps its owner.</summary>
    public bool IsEnabled { get; set; } = true;
}

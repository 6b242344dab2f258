namespace LpbCms.Admin;

/// <summary>The admin's fixed URLs.</summary>
public static class AdminPaths
{
    public const string Root = "/admin";

    public const string Login = "/admin/login";

    public const string Logout = "/admin/afmelden";

    public const string AccessDenied = "/admin/geen-toegang";

    public const string ForgotPassword = "/admin/wachtwoord-vergeten";

    public const string ResetPassword = "/admin/wachtwoord-herstellen";

    /// <summary>Page paths (not URLs) that anonymous visitors may open.</summary>
    public static IReadOnlyList<string> AnonymousPages { get; } =
        ["/Admin/Login", "/Admin/ForgotPassword", "/Admin/ResetPassword", "/Admin/AccessDenied"];
}

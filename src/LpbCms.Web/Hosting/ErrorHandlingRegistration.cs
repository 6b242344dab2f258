namespace LpbCms.Web.Hosting;

public static class ErrorHandlingRegistration
{
    /// <summary>Errors are ProblemDetails: unhandled exceptions and empty error responses alike.</summary>
    public static IServiceCollection AddLpbErrorHandling(this IServiceCollection services) =>
        services.AddProblemDetails();

    /// <summary>
    /// Outside Development an unhandled exception becomes a 500 ProblemDetails without a stack
    /// trace (Development keeps the developer exception page); responses without a body (404,
    /// 405, ...) get a ProblemDetails body.
    /// </summary>
    public static WebApplication UseLpbErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
        }

        app.UseStatusCodePages();
        return app;
    }
}

namespace LpbCms.Web.Hosting;

public static class ErrorHandlingRegistration
{
    /// <summary>Errors are ProblemDetails: unhandled exceptions and empty error responses alike.</summary>
    public static IServiceCollection AddLpbErrorHandling(this IServiceCollection services) =>
        services.AddProblemDetails();

    /// <summary>
    /// Outside Development an unhandled exception becomes a 500 ProblemDetails without a stack
    /// trace (Development keeps the developer exception page); responses without a body (404,
    /// 405, ...) get a ProblemDetails body. A database that cannot be reached is a 503 with
    /// <c>Retry-After</c>, a full disk a 507, in every environment (see <see cref="InfrastructureFault"/>).
    /// </summary>
    public static WebApplication UseLpbErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
        }

        app.UseStatusCodePages();

        // Inside the exception handler, so a database outage is a 503, a full disk a 507 and anything else still a 500.
        app.UseMiddleware<InfrastructureFaultMiddleware>();
        return app;
    }
}

using System.Globalization;

namespace LpbCms.Web.Hosting;

/// <summary>
/// Answers failures of the infrastructure with what they are, in every environment: a database that
/// cannot be used right now is a 503 ProblemDetails with <c>Retry-After</c> (the caller may retry; a
/// load balancer sees a node that waits, not one that is broken), a full disk a 507. Other
/// exceptions go on to the error handler as before.
/// </summary>
public sealed class InfrastructureFaultMiddleware(RequestDelegate next, IProblemDetailsService problems, ILogger<InfrastructureFaultMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (InfrastructureFault.Of(ex) is { } fault && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning(ex, "{Title}: {Method} {Path} answered {Status}.", fault.Title, context.Request.Method, context.Request.Path, fault.StatusCode);
            context.Response.Clear();
            context.Response.StatusCode = fault.StatusCode;
            context.Response.Headers.CacheControl = "no-store";
            if (fault.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = fault.StatusCode, Title = fault.Title, Detail = fault.Detail },
            });
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>
/// The test server has no network peer; this startup filter (first in the pipeline, before the
/// host's own middleware) sets the connection's remote address from <see cref="HeaderName"/>, so a
/// test can send requests as different clients. Without the header the address is <see cref="Default"/>.
/// </summary>
public sealed class TestRemoteAddress : IStartupFilter
{
    public const string HeaderName = "X-Test-Remote-Address";

    public static readonly IPAddress Default = IPAddress.Parse("192.0.2.1");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[HeaderName].ToString(), out var address) ? address : Default;
            return nextMiddleware(context);
        });
        next(app);
    };
}

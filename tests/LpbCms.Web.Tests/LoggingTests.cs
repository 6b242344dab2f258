using System.Diagnostics;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpbCms.Web.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task LogFile_LineWrittenDuringRequest_CarriesTheRequestTraceId()
    {
        await using var sut = LpbCmsFactory.Create(configureServices: services => services.AddTransient<IStartupFilter, RequestProbe>());
        await sut.InitializeAsync();
        using var client = sut.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        var requestId = Assert.Single(response.Headers.GetValues(RequestProbe.Header));
        var log = await ReadLogsAsync(sut.DataPath);
        Assert.Contains($"|{requestId}|LpbCms.Web.Tests.LoggingTests.RequestProbe|{RequestProbe.Message}", log, StringComparison.Ordinal);
    }

    private static async Task<string> ReadLogsAsync(string dataPath)
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(dataPath, "logs")))
        {
            // NLog keeps the file open: read it shared.
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        return text.ToString();
    }

    /// <summary>Logs one line inside every request and returns the request's trace id in a header.</summary>
    private sealed class RequestProbe(ILogger<RequestProbe> logger) : IStartupFilter
    {
        public const string Header = "X-Test-Request-Id";

        public const string Message = "probe inside a request";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                logger.LogInformation(Message);
                // The id ProblemDetails responses show as "traceId", so an error seen by a client can be found in the log.
                context.Response.Headers[Header] = Activity.Current?.Id ?? context.TraceIdentifier;
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

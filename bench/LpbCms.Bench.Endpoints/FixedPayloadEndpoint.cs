using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LpbCms.Bench.Endpoints;

/// <summary>
/// <c>GET /api/bench/fixed</c>: a fixed 2 KB JSON body with no work behind it, the ceiling the HTTP
/// benchmark (bench/run.sh) compares every real endpoint with. It runs through the same host and
/// middleware as the real endpoints, so the ratio shows what our code costs.
/// </summary>
public static class FixedPayloadEndpoint
{
    public const string Path = "/api/bench/fixed";

    private static readonly byte[] Payload = CreatePayload();

    public static IEndpointRouteBuilder MapFixedPayloadEndpoint(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Path, () => Results.Bytes(Payload, "application/json; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }

    private static byte[] CreatePayload()
    {
        var builder = new StringBuilder("{\"items\":[");
        for (var i = 0; builder.Length < 2000; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append("{\"id\":").Append(i).Append(",\"text\":\"fixed benchmark payload\"}");
        }

        return Encoding.UTF8.GetBytes(builder.Append("]}").ToString());
    }
}

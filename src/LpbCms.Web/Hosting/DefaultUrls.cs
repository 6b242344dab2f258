namespace LpbCms.Web.Hosting;

public static class DefaultUrls
{
    public const string Default = "http://localhost:5000";

    /// <summary>Listens on <see cref="Default"/> unless --urls, ASPNETCORE_URLS, *_HTTP(S)_PORTS or Kestrel endpoints say otherwise.</summary>
    public static WebApplicationBuilder UseLpbDefaultUrls(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration["urls"])
            || !string.IsNullOrEmpty(configuration["http_ports"])
            || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(Default);
        }

        return builder;
    }
}

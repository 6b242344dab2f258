using LpbCms.Core.Deployment;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LpbCms.Admin.Services;

/// <summary>
/// Raises the request body and multipart limits to <see cref="DeploymentOptions.MaxUploadBytes"/>
/// (configuration, unlike <c>[RequestSizeLimit]</c>'s constant). Runs at the order of the framework's
/// size filters, before antiforgery reads the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class BackupUploadLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>Room for the form's other fields and the multipart framing.</summary>
    private const long Overhead = 1024 * 1024;

    public bool IsReusable => true;

    public int Order => 900;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<DeploymentOptions>>().Value.MaxUploadBytes);

    private sealed class Filter(long maxUploadBytes) : IAuthorizationFilter
    {
        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var features = context.HttpContext.Features;
            if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = maxUploadBytes + Overhead;
            }

            if (features.Get<IFormFeature>()?.Form is null)
            {
                features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions { MultipartBodyLengthLimit = maxUploadBytes + Overhead }));
            }
        }
    }
}

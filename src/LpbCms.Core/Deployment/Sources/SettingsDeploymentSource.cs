using LpbCms.Core.Settings;
using LpbCms.Core.Setup;

namespace LpbCms.Core.Deployment.Sources;

/// <summary>
/// A <c>settings</c> step with the site settings. The setup record stays out: the site a backup
/// is restored into records its own setup (its own administrator).
/// </summary>
public sealed class SettingsDeploymentSource(ISiteService siteService) : IDeploymentSource
{
    public int Order => 200;

    public async Task WriteStepsAsync(DeploymentExportContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = await siteService.GetSiteSettingsAsync(ct);
        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", "settings");
        foreach (var (key, value) in settings.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (string.Equals(key, SetupState.SectionName, StringComparison.Ordinal) || string.Equals(key, "name", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            writer.WritePropertyName(key);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}

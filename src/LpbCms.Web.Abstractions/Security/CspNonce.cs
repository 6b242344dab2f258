using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Web.Abstractions.Security;

/// <summary>
/// The per-request nonce for the few inline elements a page cannot do without (the style element
/// the admin's editor inserts, the docs UI's start script). Made on first use and kept for the
/// request; the host's security headers put it into the same response's Content-Security-Policy
/// wherever the area's policy says <see cref="Placeholder"/>.
/// </summary>
public static class CspNonce
{
    /// <summary>Stands for the nonce in a policy registered with <see cref="ModuleSecurityRegistration.AddContentSecurityPolicy"/>.</summary>
    public const string Placeholder = "{nonce}";

    private static readonly object ItemKey = new();

    public static string GetCspNonce(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var stored) && stored is string nonce)
        {
            return nonce;
        }

        // base64url: no '+' or '/', which HTML encoding would change in the attribute that repeats it.
        nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
        context.Items[ItemKey] = nonce;
        return nonce;
    }
}

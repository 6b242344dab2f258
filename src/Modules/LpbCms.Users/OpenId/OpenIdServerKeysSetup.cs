using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace LpbCms.Users.OpenId;

/// <summary>Gives OpenIddict's server the persisted keys of <see cref="OpenIdKeyStore"/> (never development or ephemeral keys).</summary>
public sealed class OpenIdServerKeysSetup(OpenIdKeyStore keys) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SigningCredentials.Add(new SigningCredentials(keys.GetSigningKey(), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(keys.GetEncryptionKey(), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}

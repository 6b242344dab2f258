using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace LpbCms.Users.OpenId;

/// <summary>
/// Gives OpenIddict's server the persisted keys of <see cref="OpenIdKeyStore"/> (never development or
/// ephemeral keys). OpenIddict encrypts new access tokens with the symmetric key (it prefers symmetric
/// keys); the RSA encryption key stays registered so tokens issued before it still validate.
/// </summary>
public sealed class OpenIdServerKeysSetup(OpenIdKeyStore keys) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SigningCredentials.Add(new SigningCredentials(keys.GetSigningKey(), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(keys.GetTokenEncryptionKey(), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
        options.EncryptionCredentials.Add(new EncryptingCredentials(keys.GetEncryptionKey(), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}

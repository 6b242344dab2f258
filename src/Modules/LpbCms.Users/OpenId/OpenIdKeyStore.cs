using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LpbCms.Users.OpenId;

/// <summary>
/// The server's signing and encryption keys: RSA keys in PEM files and a 256-bit AES key under
/// <c>{DataPath}/openid/</c>, created on first use (owner-only on Unix), so tokens stay valid across
/// restarts. Nodes that share a database must share this folder (or the files in it).
/// </summary>
public sealed class OpenIdKeyStore(string folder)
{
    private const int KeySizeInBits = 2048;

    private const int TokenEncryptionKeyBytes = 32;

    public string Folder { get; } = folder;

    public RsaSecurityKey GetSigningKey() => Load("signing-key.pem");

    public RsaSecurityKey GetEncryptionKey() => Load("encryption-key.pem");

    /// <summary>
    /// The AES key access tokens are encrypted with (AES key wrap): the tokens are only ever read by
    /// this application, and unwrapping an AES key costs microseconds where an RSA decryption costs
    /// milliseconds on every API request.
    /// </summary>
    public SymmetricSecurityKey GetTokenEncryptionKey()
    {
        var path = Path.Combine(Folder, "token-encryption-key.b64");
        if (!File.Exists(path))
        {
            WriteOwnerOnly(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenEncryptionKeyBytes)));
        }

        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (key.Length != TokenEncryptionKeyBytes)
        {
            throw new InvalidOperationException($"The token encryption key in {path} must be {TokenEncryptionKeyBytes} bytes.");
        }

        var id = Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 16));
        return new SymmetricSecurityKey(key) { KeyId = id };
    }

    private RsaSecurityKey Load(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        var rsa = RSA.Create();
        if (!File.Exists(path))
        {
            Create(path, rsa);
        }

        rsa.ImportFromPem(File.ReadAllText(path));

        // A stable key id from the public key, so every node and restart names the key alike.
        var id = Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()).AsSpan(0, 16));
        return new RsaSecurityKey(rsa) { KeyId = id };
    }

    private void Create(string path, RSA rsa)
    {
        rsa.KeySize = KeySizeInBits;
        WriteOwnerOnly(path, rsa.ExportPkcs8PrivateKeyPem());
    }

    private void WriteOwnerOnly(string path, string text)
    {
        Directory.CreateDirectory(Folder);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the key first; use that one.
        }
    }
}

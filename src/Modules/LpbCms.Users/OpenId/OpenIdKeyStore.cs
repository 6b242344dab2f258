using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LpbCms.Users.OpenId;

/// <summary>
/// The server's signing and encryption keys: RSA keys in PEM files under
/// <c>{DataPath}/openid/</c>, created on first use (owner-only on Unix), so tokens stay valid across
/// restarts. Nodes that share a database must share this folder (or the files in it).
/// </summary>
public sealed class OpenIdKeyStore(string folder)
{
    private const int KeySizeInBits = 2048;

    public string Folder { get; } = folder;

    public RsaSecurityKey GetSigningKey() => Load("signing-key.pem");

    public RsaSecurityKey GetEncryptionKey() => Load("encryption-key.pem");

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
        Directory.CreateDirectory(Folder);
        rsa.KeySize = KeySizeInBits;
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(pem);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the key first; use that one.
        }
    }
}

using System.Security.Cryptography;

namespace LpbCms.Core.Contents;

/// <summary>Orchard-style ids: 26 random characters of lowercase Crockford-like base32 (128 bits of entropy).</summary>
public static class IdGenerator
{
    public const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public const int Length = 26;

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[17];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[Length];
        var bitBuffer = 0;
        var bitCount = 0;
        var byteIndex = 0;
        for (var i = 0; i < Length; i++)
        {
            if (bitCount < 5)
            {
                bitBuffer = (bitBuffer << 8) | bytes[byteIndex++];
                bitCount += 8;
            }

            bitCount -= 5;
            chars[i] = Alphabet[(bitBuffer >> bitCount) & 31];
        }

        return new string(chars);
    }

    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}

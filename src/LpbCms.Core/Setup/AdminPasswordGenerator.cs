using System.Security.Cryptography;

namespace LpbCms.Core.Setup;

/// <summary>
/// Generates the first admin password when none is configured: 24 random characters that always
/// include a lower-case letter, an upper-case letter, a digit and a symbol, so any usual password
/// policy (ASP.NET Identity's defaults included) accepts it.
/// </summary>
internal static class AdminPasswordGenerator
{
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%*+-=?@_";
    private const int Length = 24;

    public static string Generate()
    {
        var all = Lower + Upper + Digits + Symbols;
        var chars = new char[Length];
        chars[0] = Pick(Lower);
        chars[1] = Pick(Upper);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < Length; i++)
        {
            chars[i] = Pick(all);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}

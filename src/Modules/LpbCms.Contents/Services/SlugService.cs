using System.Globalization;
using System.Text;
using LpbCms.Core.Text;

namespace LpbCms.Contents.Services;

/// <summary>
/// Slugs for Dutch (and other Latin-script) text: diacritics removed (<c>één</c> → <c>een</c>),
/// lower case, apostrophes inside words dropped (<c>foto's</c> → <c>fotos</c>), every other run
/// of non-alphanumerics one hyphen, no hyphen at either end, at most <see cref="MaxLength"/> characters.
/// Letters of other scripts are kept, as Orchard keeps them.
/// </summary>
public sealed class SlugService : ISlugService
{
    /// <summary>Orchard's slug length limit.</summary>
    public const int MaxLength = 1000;

    private const char Hyphen = '-';

    public string Slugify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var slug = new StringBuilder(Math.Min(decomposed.Length, MaxLength + 8));
        var pendingHyphen = false;
        for (var i = 0; i < decomposed.Length && slug.Length < MaxLength; i++)
        {
            var c = decomposed[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (IsApostropheInWord(decomposed, i))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append(Hyphen);
                }

                pendingHyphen = false;
                AppendLetter(slug, c);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var result = slug.Length > MaxLength ? slug.ToString(0, MaxLength) : slug.ToString();
        return result.Trim(Hyphen).Normalize(NormalizationForm.FormC);
    }

    private static bool IsApostropheInWord(string text, int i) =>
        text[i] is '\'' or '\u2019' && i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>Lower-cases a letter, spelling out the Latin letters that have no decomposition.</summary>
    private static void AppendLetter(StringBuilder slug, char c)
    {
        var lower = char.ToLowerInvariant(c);
        var spelled = lower switch
        {
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'ß' => "ss",
            'ł' => "l",
            'đ' => "d",
            'ð' => "d",
            'þ' => "th",
            'ı' => "i",
            _ => null,
        };
        if (spelled is null)
        {
            slug.Append(lower);
        }
        else
        {
            slug.Append(spelled);
        }
    }
}

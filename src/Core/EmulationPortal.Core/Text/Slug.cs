using System.Text;
using System.Text.RegularExpressions;

namespace EmulationPortal.Core.Text;

/// <summary>
/// URL slugs made of lower-case ASCII letters, digits and single hyphens.
/// </summary>
public static partial class Slug
{
    /// <summary>The longest slug <see cref="IsValid"/> accepts.</summary>
    public const int MaxLength = 200;

    /// <summary>The length <see cref="From"/> cuts to unless told otherwise.</summary>
    public const int DefaultMaxLength = 80;

    private const char Separator = '-';

    /// <summary>
    /// Builds a slug such as "hoi-nghi-tong-ket" from "Hội nghị tổng kết". Returns "" when the
    /// text has no letters or digits, so callers choose their own fallback.
    /// </summary>
    /// <remarks>
    /// A slug longer than <paramref name="maxLength"/> is cut after the last whole word that fits;
    /// only a single word longer than the limit is cut mid-word.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="maxLength"/> is below 1 or above <see cref="MaxLength"/>; the limit is
    /// enforced here so that every non-empty result passes <see cref="IsValid"/>.
    /// </exception>
    public static string From(string? text, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLength, MaxLength);

        var folded = VietnameseText.FoldLower(text);
        var slug = new StringBuilder(folded.Length);
        var separatorPending = false;
        foreach (var c in folded)
        {
            if (IsSlugLetterOrDigit(c))
            {
                if (separatorPending && slug.Length > 0)
                {
                    slug.Append(Separator);
                }

                slug.Append(c);
                separatorPending = false;
            }
            else
            {
                separatorPending = true;
            }
        }

        return CutAtWordBoundary(slug.ToString(), maxLength);
    }

    /// <summary>
    /// True for a non-empty slug of at most <see cref="MaxLength"/> characters made of [a-z0-9]
    /// words joined by single hyphens.
    /// </summary>
    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && WellFormedSlug().IsMatch(slug);

    private static bool IsSlugLetterOrDigit(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private static string CutAtWordBoundary(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        if (slug[maxLength] == Separator)
        {
            return slug[..maxLength];
        }

        var lastSeparator = slug.LastIndexOf(Separator, maxLength - 1);
        return lastSeparator < 0 ? slug[..maxLength] : slug[..lastSeparator];
    }

    // \z rather than $: $ would also accept a trailing newline.
    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormedSlug();
}

using System.Collections.Frozen;
using System.Text;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Core.Awards;

/// <summary>
/// The key two spellings of one name share: "UBND xã  Hạnh Lâm" and "Ủy ban nhân dân Xã Hạnh Lâm" both give
/// "uy ban nhan dan xa hanh lam". Folded, lower-cased, punctuation taken for spaces, spaces collapsed and the
/// abbreviations official Vietnamese writes expanded, so a unit or an award kind is found however a decision
/// spells it.
/// </summary>
public static class NameKey
{
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["ubnd"] = "uy ban nhan dan",
        ["hdnd"] = "hoi dong nhan dan",
        ["mttq"] = "mat tran to quoc",
        ["ubmttq"] = "uy ban mat tran to quoc",
        ["tp"] = "thanh pho",
        ["tx"] = "thi xa",
        ["cstd"] = "chien si thi dua",
        ["ldtt"] = "lao dong tien tien",
        ["tdkt"] = "thi dua khen thuong",
        ["ttcp"] = "thu tuong chinh phu",
        ["thcs"] = "trung hoc co so",
        ["thpt"] = "trung hoc pho thong",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var folded = VietnameseText.FoldLower(name);
        var words = new StringBuilder(folded.Length + 16);
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }
            var text = word.ToString();
            if (words.Length > 0)
            {
                words.Append(' ');
            }
            words.Append(Abbreviations.TryGetValue(text, out var expanded) ? expanded : text);
            word.Clear();
        }
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return words.ToString();
    }
}

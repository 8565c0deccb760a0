namespace OpsBoard.Exports.Xlsx;

/// <summary>Text as XML element content: markup characters escaped, characters XML cannot hold at all replaced.</summary>
public static class XmlText
{
    public static void Write(TextWriter writer, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\t' or '\n' or '\r' => null,
                < ' ' or '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is not null)
            {
                writer.Write(text.AsSpan(start, i - start));
                writer.Write(replacement);
                start = i + 1;
            }
        }
        writer.Write(text.AsSpan(start));
    }
}

using System.Globalization;
using System.Text;

namespace LpbCms.Display.Liquid;

/// <summary>A string writer that refuses to grow past a limit, so a template cannot fill memory (Fluid has no output limit of its own).</summary>
public sealed class BoundedTextWriter(int maxLength) : StringWriter(CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        EnsureRoom(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        EnsureRoom(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        EnsureRoom(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        EnsureRoom(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(StringBuilder? value)
    {
        EnsureRoom(value?.Length ?? 0);
        base.Write(value);
    }

    private void EnsureRoom(int count)
    {
        if (GetStringBuilder().Length + count > maxLength)
        {
            throw new TemplateRenderException($"The template output exceeds the limit of {maxLength} characters.");
        }
    }
}

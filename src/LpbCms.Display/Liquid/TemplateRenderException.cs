namespace LpbCms.Display.Liquid;

/// <summary>A template could not be parsed or broke a sandbox limit (steps, recursion, output size).</summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException()
    {
    }

    public TemplateRenderException(string message)
        : base(message)
    {
    }

    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

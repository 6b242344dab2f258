namespace LpbCms.Contents.Liquid;

/// <summary>A template broke a sandbox limit (steps, recursion, output size) or could not be parsed.</summary>
public sealed class LiquidLimitException : Exception
{
    public LiquidLimitException(string message)
        : base(message)
    {
    }

    public LiquidLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LiquidLimitException()
    {
    }
}

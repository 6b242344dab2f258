namespace LpbCms.Display;

/// <summary>
/// Limits of the Liquid sandbox and the .NET types (besides content items and their JSON) whose
/// public properties templates may read. Configure with <c>services.Configure&lt;DisplayOptions&gt;(...)</c>.
/// </summary>
public sealed class DisplayOptions
{
    /// <summary>Statements one page render may execute (loops included).</summary>
    public int MaxSteps { get; set; } = 200_000;

    /// <summary>Nesting of includes, renders and nested item displays.</summary>
    public int MaxRecursion { get; set; } = 32;

    /// <summary>Characters one template render may write.</summary>
    public int MaxOutputLength { get; set; } = 4 * 1024 * 1024;

    /// <summary>View model types (records) templates may read; register them with <see cref="AllowModelType{T}"/>.</summary>
    public ISet<Type> ModelTypes { get; } = new HashSet<Type>();

    public DisplayOptions AllowModelType<T>()
    {
        ModelTypes.Add(typeof(T));
        return this;
    }
}

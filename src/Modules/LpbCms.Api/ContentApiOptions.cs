namespace LpbCms.Api;

/// <summary>Limits of the content API (configuration section <c>LpbCms:Api</c>).</summary>
public sealed class ContentApiOptions
{
    public const string SectionName = "LpbCms:Api";

    /// <summary>Largest accepted request body for writes and GraphQL, in bytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;

    /// <summary>How many levels <c>expand</c> may follow (each level is one query).</summary>
    public int MaxExpandDepth { get; set; } = 3;

    /// <summary>Deepest GraphQL selection accepted.</summary>
    public int GraphQLMaxDepth { get; set; } = 10;

    /// <summary>Largest GraphQL complexity accepted (fields weighted by the list sizes they may return).</summary>
    public int GraphQLMaxComplexity { get; set; } = 20000;
}

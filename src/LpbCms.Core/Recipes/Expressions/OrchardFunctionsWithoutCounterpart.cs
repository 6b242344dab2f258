namespace LpbCms.Core.Recipes.Expressions;

/// <summary>
/// Scripting functions Orchard Core's modules provide (as listed in its Scripting reference) that
/// LpbCms has no counterpart for. A recipe that calls one still imports: the call evaluates to an
/// empty text and the run records a warning naming the function, step and JSON path. Any other
/// unknown name stays an error, so a typo is never silently turned into an empty value.
/// </summary>
internal static class OrchardFunctionsWithoutCounterpart
{
    /// <summary>Function name (case-sensitive, as JavaScript is) to the Orchard module that provides it.</summary>
    public static IReadOnlyDictionary<string, string> Modules { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // OrchardCore.Contents: content scripting that writes outside the content step.
        ["newContentItem"] = "OrchardCore.Contents",
        ["createContentItem"] = "OrchardCore.Contents",
        ["updateContentItem"] = "OrchardCore.Contents",
        ["deleteContentItem"] = "OrchardCore.Contents",

        // OrchardCore.Layers: layer rules, evaluated per request.
        ["isHomepage"] = "OrchardCore.Layers",
        ["isAnonymous"] = "OrchardCore.Layers",
        ["isAuthenticated"] = "OrchardCore.Layers",
        ["url"] = "OrchardCore.Layers",
        ["culture"] = "OrchardCore.Layers",

        ["executeQuery"] = "OrchardCore.Queries",

        // OrchardCore.Workflows.Http: the current request of a workflow.
        ["httpContext"] = "OrchardCore.Workflows.Http",
        ["queryString"] = "OrchardCore.Workflows.Http",
        ["responseWrite"] = "OrchardCore.Workflows.Http",
        ["absoluteUrl"] = "OrchardCore.Workflows.Http",
        ["readBody"] = "OrchardCore.Workflows.Http",
        ["requestForm"] = "OrchardCore.Workflows.Http",
        ["deserializeRequestData"] = "OrchardCore.Workflows.Http",
        ["queryStringAsJson"] = "OrchardCore.Workflows.Http",
        ["requestFormAsJson"] = "OrchardCore.Workflows.Http",
        ["signalUrl"] = "OrchardCore.Workflows.Http",
        ["createWorkflowToken"] = "OrchardCore.Workflows.Http",

        // OrchardCore.Workflows: the running workflow.
        ["workflow"] = "OrchardCore.Workflows",
        ["workflowId"] = "OrchardCore.Workflows",
        ["input"] = "OrchardCore.Workflows",
        ["output"] = "OrchardCore.Workflows",
        ["property"] = "OrchardCore.Workflows",
        ["lastResult"] = "OrchardCore.Workflows",
        ["correlationId"] = "OrchardCore.Workflows",
        ["setOutcome"] = "OrchardCore.Workflows",
    };
}

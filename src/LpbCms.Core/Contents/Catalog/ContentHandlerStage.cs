namespace LpbCms.Core.Contents.Catalog;

/// <summary>
/// When a part's or field's content handler runs relative to the others. Handlers run stage by
/// stage; within a stage, in the order their owners declared them. Handlers registered outside the
/// catalogue (audit, cache eviction) run after all stages.
/// </summary>
public enum ContentHandlerStage
{
    /// <summary>Bring values to their stored shape and check it (before anything reads them).</summary>
    Normalize,

    /// <summary>Clean values that will be shown (HTML sanitizing).</summary>
    Sanitize,

    /// <summary>Compute values from others (the title becomes the display text, list membership).</summary>
    Derive,

    /// <summary>Compute routes from derived values (paths from titles, the home page).</summary>
    Route,
}

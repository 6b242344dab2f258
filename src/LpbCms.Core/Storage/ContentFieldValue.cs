namespace LpbCms.Core.Storage;

/// <summary>
/// One indexable value of a field. Exactly one of the typed values is set; text is also used for
/// ids (content pickers index one entry per picked id).
/// </summary>
public sealed record ContentFieldValue(string? Text = null, decimal? Number = null, DateTime? Date = null, bool? Boolean = null);

using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents.Indexing;

/// <summary>The field index rows of one version, and the fields whose values have the wrong JSON shape.</summary>
public sealed record ContentFieldIndex(IReadOnlyList<ContentFieldIndexEntry> Entries, IReadOnlyList<ContentValidationError> Errors);

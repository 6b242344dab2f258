using LpbCms.Core.Contents;

namespace LpbCms.Contents.Liquid;

/// <summary>What a pattern sees as <c>Model</c>: <c>Model.ContentItem</c>, as in Orchard.</summary>
public sealed record ContentPatternModel(ContentItem ContentItem);

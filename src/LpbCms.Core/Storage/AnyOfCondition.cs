namespace LpbCms.Core.Storage;

/// <summary>At least one condition holds (OR); an empty list adds no constraint, as in Orchard.</summary>
public sealed record AnyOfCondition(IReadOnlyList<ContentCondition> Conditions) : ContentCondition;

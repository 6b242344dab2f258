namespace LpbCms.Core.Storage;

/// <summary>Every condition holds (AND); an empty list holds for every item.</summary>
public sealed record AllOfCondition(IReadOnlyList<ContentCondition> Conditions) : ContentCondition;

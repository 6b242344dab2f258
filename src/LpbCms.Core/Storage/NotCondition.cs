namespace LpbCms.Core.Storage;

/// <summary>The condition does not hold (NOT); an item whose column is empty (null) satisfies the negation of a test on it.</summary>
public sealed record NotCondition(ContentCondition Condition) : ContentCondition;

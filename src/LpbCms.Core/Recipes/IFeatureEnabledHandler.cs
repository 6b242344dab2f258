namespace LpbCms.Core.Recipes;

/// <summary>
/// Told when a recipe's <c>feature</c> step enables a feature, so a module can do what Orchard's
/// feature migrations do (e.g. OrchardCore.Menu creates the <c>Menu</c> type). The <c>feature</c>
/// step calls every registered handler for every feature id it enables, known or not; handlers
/// ignore ids they do not own and must be idempotent (a recipe may be run again).
/// </summary>
public interface IFeatureEnabledHandler
{
    Task FeatureEnabledAsync(string featureId, CancellationToken ct = default);
}

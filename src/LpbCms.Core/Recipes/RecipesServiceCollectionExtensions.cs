using LpbCms.Core.Recipes;
using LpbCms.Core.Recipes.Steps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the recipe engine and the core steps; modules add their own <see cref="IRecipeStepHandler"/>s.</summary>
public static class RecipesServiceCollectionExtensions
{
    /// <summary>
    /// Adds the reader, harvester (folders from <see cref="RecipeOptions"/>, bound by the host),
    /// executor and the steps <c>feature</c>, <c>themes</c>, <c>settings</c>, <c>ContentDefinition</c>,
    /// <c>ReplaceContentDefinition</c>, <c>DeleteContentDefinition</c>, <c>content</c> and <c>recipes</c>.
    /// </summary>
    public static IServiceCollection AddLpbRecipes(this IServiceCollection services)
    {
        services.AddOptions<RecipeOptions>();
        services.TryAddSingleton<IRecipeReader, RecipeReader>();
        services.TryAddSingleton<IRecipeHarvester, RecipeHarvester>();
        services.TryAddScoped<IRecipeExecutor, RecipeExecutor>();
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Scoped<IRecipeStepHandler, FeatureStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, ThemesStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, SettingsStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, ContentDefinitionStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, ReplaceContentDefinitionStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, DeleteContentDefinitionStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, ContentStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, RecipesStep>(),
        ]);
        return services;
    }
}

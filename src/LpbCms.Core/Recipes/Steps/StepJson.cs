using System.Text.Json.Nodes;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// Typed, located reads from a step's JSON. Paths are relative to the step (<c>$</c> is the step),
/// and a wrong value becomes a <see cref="RecipeException"/> at its path.
/// </summary>
internal static class StepJson
{
    /// <summary>The array at <paramref name="name"/>, with its path; null when the property is missing or null.</summary>
    public static (JsonArray? Array, string Path) Array(RecipeStepContext context, JsonObject obj, string objPath, string name)
    {
        RecipeJson.TryGet(obj, name, out var key, out var value);
        var path = RecipePaths.Property(objPath, key);
        return value switch
        {
            null => (null, path),
            JsonArray array => (array, path),
            _ => throw context.Error(path, $"'{key}' must be an array, not {RecipeJson.Describe(value)}."),
        };
    }

    /// <summary>The object at <paramref name="index"/> of <paramref name="array"/>, with its path.</summary>
    public static (JsonObject Obj, string Path) Element(RecipeStepContext context, JsonArray array, string arrayPath, int index)
    {
        var path = RecipePaths.Index(arrayPath, index);
        return array[index] is JsonObject obj
            ? (obj, path)
            : throw context.Error(path, $"Each entry must be an object, not {RecipeJson.Describe(array[index])}.");
    }

    public static string? OptionalString(RecipeStepContext context, JsonObject obj, string objPath, string name)
    {
        RecipeJson.TryGet(obj, name, out var key, out var value);
        try
        {
            return RecipeJson.ReadString(value);
        }
        catch (FormatException ex)
        {
            throw context.Error(RecipePaths.Property(objPath, key), ex.Message, ex);
        }
    }

    public static string RequiredString(RecipeStepContext context, JsonObject obj, string objPath, string name)
    {
        var value = OptionalString(context, obj, objPath, name);
        return string.IsNullOrWhiteSpace(value)
            ? throw context.Error(RecipePaths.Property(objPath, name), $"'{name}' is required.")
            : value;
    }

    /// <summary>A list of text: an array of strings, or a single string.</summary>
    public static IReadOnlyList<string> Strings(RecipeStepContext context, JsonObject obj, string objPath, string name)
    {
        RecipeJson.TryGet(obj, name, out var key, out var value);
        if (value is JsonArray array)
        {
            var result = new List<string>(array.Count);
            for (var i = 0; i < array.Count; i++)
            {
                result.Add(array[i] is JsonValue item && RecipeJson.ReadString(item) is { Length: > 0 } text
                    ? text
                    : throw context.Error(RecipePaths.Index(RecipePaths.Property(objPath, key), i), $"Expected text, found {RecipeJson.Describe(array[i])}."));
            }

            return result;
        }

        try
        {
            return RecipeJson.ReadStringList(value);
        }
        catch (FormatException ex)
        {
            throw context.Error(RecipePaths.Property(objPath, key), ex.Message, ex);
        }
    }

    /// <summary>The object at <paramref name="name"/> as a case-sensitive copy for storage; empty when missing.</summary>
    public static JsonObject ObjectCopy(RecipeStepContext context, JsonObject obj, string objPath, string name)
    {
        RecipeJson.TryGet(obj, name, out var key, out var value);
        return value switch
        {
            null => [],
            JsonObject settings => RecipeJson.ToCaseSensitive(settings)!.AsObject(),
            _ => throw context.Error(RecipePaths.Property(objPath, key), $"'{key}' must be an object, not {RecipeJson.Describe(value)}."),
        };
    }
}

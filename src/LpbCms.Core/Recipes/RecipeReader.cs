using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Recipes;

/// <summary>
/// Reads recipe files as Orchard does: comments and trailing commas allowed, header keys and step
/// <c>name</c> keys matched case-insensitively, numbers accepted where text is expected. Steps are
/// kept as parsed; their expressions are evaluated by the executor, one step at a time.
/// </summary>
public sealed class RecipeReader : IRecipeReader
{
    public async Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(fullPath, ct);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new RecipeException(Path.GetFileName(fullPath), null, null, "$", $"The recipe file '{fullPath}' does not exist.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RecipeException(Path.GetFileName(fullPath), null, null, "$", $"The recipe file '{fullPath}' cannot be read: {ex.Message}", ex);
        }

        return Parse(json, Path.GetDirectoryName(fullPath), fullPath);
    }

    public RecipeDescriptor Parse(string json, string? basePath, string? filePath = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var source = filePath is null ? "the recipe" : $"'{filePath}'";
        var label = filePath is null ? "(inline recipe)" : Path.GetFileName(filePath);
        var root = ParseRoot(json, source, label);

        var name = ReadHeaderString(root, "name", label);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RecipeException(label, null, null, "$.name", $"{Capitalize(source)} has no 'name'; every recipe needs one.");
        }

        var steps = RecipeJson.Get(root, "steps") switch
        {
            null => throw new RecipeException(name, null, null, "$.steps", "The recipe has no 'steps' array."),
            JsonArray array => ReadSteps(array, name),
            var other => throw new RecipeException(name, null, null, "$.steps", $"'steps' must be an array, not {RecipeJson.Describe(other)}."),
        };

        return new RecipeDescriptor
        {
            Name = name,
            DisplayName = ReadHeaderString(root, "displayName", name),
            Description = ReadHeaderString(root, "description", name),
            Author = ReadHeaderString(root, "author", name),
            Website = ReadHeaderString(root, "website", name),
            Version = ReadHeaderString(root, "version", name),
            IsSetupRecipe = ReadHeader(root, "issetuprecipe", name, node => RecipeJson.ReadBool(node)),
            Categories = ReadHeader(root, "categories", name, RecipeJson.ReadStringList),
            Tags = ReadHeader(root, "tags", name, RecipeJson.ReadStringList),
            Variables = RecipeJson.Get(root, "variables") switch
            {
                null => new JsonObject(RecipeJson.NodeOptions),
                JsonObject variables => variables,
                var other => throw new RecipeException(name, null, null, "$.variables", $"'variables' must be an object, not {RecipeJson.Describe(other)}."),
            },
            Steps = steps,
            BasePath = basePath,
            FilePath = filePath,
        };
    }

    /// <summary>Parses one step of a recipe read step by step (<see cref="StreamedRecipeReader"/>), checked as <see cref="Parse"/> checks it.</summary>
    /// <exception cref="RecipeException">The step is not valid JSON, not an object, or has no name.</exception>
    public static JsonObject ParseStep(ReadOnlySpan<byte> json, int index, string recipeName)
    {
        JsonNode? node;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            node = JsonNode.Parse(ref reader, RecipeJson.NodeOptions);
        }
        catch (JsonException ex)
        {
            throw new RecipeException(recipeName, index, null, $"$.steps[{index}]", $"The step is not valid JSON: {FirstSentence(ex.Message)}", ex);
        }

        if (node is not JsonObject step)
        {
            throw new RecipeException(recipeName, index, null, $"$.steps[{index}]", $"A step must be an object, not {RecipeJson.Describe(node)}.");
        }

        MaterializeObjects(step, recipeName);
        if (string.IsNullOrWhiteSpace(GetStepName(step)))
        {
            throw new RecipeException(recipeName, index, null, $"$.steps[{index}].name", "The step has no 'name' text.");
        }

        return step;
    }

    /// <summary>The step's <c>name</c> (any casing), or null when it has none.</summary>
    public static string? GetStepName(JsonObject step) =>
        RecipeJson.Get(step, "name") is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    private static JsonObject ParseRoot(string json, string source, string label)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, RecipeJson.NodeOptions, RecipeJson.DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? $"line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}"
                : "an unknown position";
            throw new RecipeException(label, null, null, ex.Path ?? "$", $"{Capitalize(source)} is not valid JSON at {where}: {FirstSentence(ex.Message)}", ex);
        }

        if (node is not JsonObject root)
        {
            throw new RecipeException(label, null, null, "$", $"{Capitalize(source)} must be a JSON object, not {RecipeJson.Describe(node)}.");
        }

        MaterializeObjects(root, label);
        return root;
    }

    /// <summary>
    /// Objects are built lazily; a duplicate key (or two keys differing only in case, which the
    /// case-insensitive lookup cannot tell apart) would otherwise fail later at an unrelated place.
    /// </summary>
    private static void MaterializeObjects(JsonNode node, string label)
    {
        switch (node)
        {
            case JsonObject obj:
                List<JsonNode?> children;
                try
                {
                    children = obj.Select(p => p.Value).ToList();
                }
                catch (ArgumentException ex)
                {
                    throw new RecipeException(label, null, null, obj.GetPath(), $"The object has the same key twice (keys are compared ignoring case): {ex.Message}", ex);
                }

                foreach (var child in children.OfType<JsonNode>())
                {
                    MaterializeObjects(child, label);
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    MaterializeObjects(child, label);
                }

                break;
        }
    }

    private static List<JsonObject> ReadSteps(JsonArray array, string recipeName)
    {
        var steps = new List<JsonObject>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject step)
            {
                throw new RecipeException(recipeName, i, null, $"$.steps[{i}]", $"A step must be an object, not {RecipeJson.Describe(array[i])}.");
            }

            if (string.IsNullOrWhiteSpace(GetStepName(step)))
            {
                throw new RecipeException(recipeName, i, null, $"$.steps[{i}].name", "The step has no 'name' text.");
            }

            steps.Add(step);
        }

        return steps;
    }

    private static string? ReadHeaderString(JsonObject root, string key, string recipeName) =>
        ReadHeader(root, key, recipeName, RecipeJson.ReadString);

    private static T ReadHeader<T>(JsonObject root, string key, string recipeName, Func<JsonNode?, T> read)
    {
        try
        {
            return read(RecipeJson.Get(root, key));
        }
        catch (FormatException ex)
        {
            throw new RecipeException(recipeName, null, null, $"$.{key}", ex.Message, ex);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

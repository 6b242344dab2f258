using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;

namespace LpbCms.Core.Recipes.Expressions;

/// <summary>Converts between Jint values and JSON nodes, keeping JSON's types (text, numbers, booleans, null, objects, arrays).</summary>
internal static class JintJsonConverter
{
    /// <summary>Integers up to 2^53 are exact in JavaScript; within that range a whole number is written without a fraction.</summary>
    private const double MaxExactInteger = 9_007_199_254_740_992d;

    public static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsNumber())
        {
            var number = value.AsNumber();
            if (!double.IsFinite(number))
            {
                throw new InvalidOperationException($"The expression gave {number}, which JSON cannot hold.");
            }

            return Math.Floor(number) == number && Math.Abs(number) <= MaxExactInteger
                ? JsonValue.Create((long)number)
                : JsonValue.Create(number);
        }

        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }

    public static JsValue ToJs(Engine engine, JsonNode? node) => node switch
    {
        null => JsValue.Null,
        JsonValue value when value.TryGetValue<string>(out var text) => new JsString(text),
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? JsBoolean.True : JsBoolean.False,
        JsonValue value when value.TryGetValue<double>(out var number) => new JsNumber(number),
        _ => new JsonParser(engine).Parse(node.ToJsonString()),
    };
}

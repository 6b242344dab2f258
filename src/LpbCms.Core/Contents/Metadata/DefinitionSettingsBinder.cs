using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// Binds a settings group to its settings class property by property, with the scalar rule of
/// <see cref="DefinitionSettingValue"/>: each well-formed value is copied in its proper JSON kind and
/// the rest is left out, so the serializer sees only clean values and the class keeps its defaults.
/// </summary>
internal static class DefinitionSettingsBinder
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static T Bind<T>(JsonObject? group)
        where T : new()
    {
        if (group is null)
        {
            return new T();
        }

        var clean = new JsonObject();
        foreach (var property in Properties.GetOrAdd(typeof(T), Writable))
        {
            if (Clean(group[property.Name], property.PropertyType) is { } value)
            {
                clean[property.Name] = value;
            }
        }

        return clean.Deserialize<T>(ContentDefinitionJson.Options) ?? new T();
    }

    private static PropertyInfo[] Writable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)];

    private static JsonNode? Clean(JsonNode? node, Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(bool))
        {
            return DefinitionSettingValue.Bool(node) is { } flag ? JsonValue.Create(flag) : null;
        }

        if (type == typeof(string))
        {
            return DefinitionSettingValue.Text(node) is { } text ? JsonValue.Create(text) : null;
        }

        if (type.IsEnum)
        {
            return DefinitionSettingValue.Enum(node, type) is { } member ? JsonValue.Create(Convert.ToInt64(member, CultureInfo.InvariantCulture)) : null;
        }

        if (IsNumber(type))
        {
            return DefinitionSettingValue.Number(node) is { } number && Fits(number, type) ? JsonValue.Create(number) : null;
        }

        if (typeof(IEnumerable<string>).IsAssignableFrom(type))
        {
            return DefinitionSettingValue.Strings(node) is { } list ? new JsonArray([.. list.Select(s => (JsonNode)JsonValue.Create(s))]) : null;
        }

        return Other(node, declared);
    }

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(decimal) || type == typeof(double) || type == typeof(float);

    /// <summary>A whole-number type takes only whole numbers in its range (2.5 is not silently 2).</summary>
    private static bool Fits(decimal number, Type type)
    {
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            return true;
        }

        try
        {
            return number == decimal.Truncate(number) && Convert.ChangeType(number, type, CultureInfo.InvariantCulture) is not null;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>A nested object or other shape: kept when the serializer can read it, left out otherwise.</summary>
    private static JsonNode? Other(JsonNode? node, Type type)
    {
        if (node is null)
        {
            return null;
        }

        try
        {
            _ = node.Deserialize(type, ContentDefinitionJson.Options);
            return node.DeepClone();
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}

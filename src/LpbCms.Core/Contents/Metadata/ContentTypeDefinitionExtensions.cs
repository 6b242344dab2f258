using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>Typed access to a content type's settings and its parts' settings.</summary>
public static class ContentTypeDefinitionExtensions
{
    /// <summary>The type's settings object named <paramref name="settingsName"/> (e.g. <c>ContentTypeSettings</c>), or null.</summary>
    public static JsonObject? GetSettingsNode(this ContentTypeDefinition type, string settingsName)
    {
        ArgumentNullException.ThrowIfNull(type);
        return DefinitionSettingsReader.Group(type.Settings, settingsName);
    }

    /// <summary>The type's settings of class <typeparamref name="T"/>, read from the key <c>typeof(T).Name</c>; defaults when absent.</summary>
    public static T GetSettings<T>(this ContentTypeDefinition type)
        where T : new()
    {
        ArgumentNullException.ThrowIfNull(type);
        return DefinitionSettingsReader.Get<T>(type.Settings);
    }

    /// <summary>Orchard's <see cref="ContentTypeSettings"/> of the type (all false when absent).</summary>
    public static ContentTypeSettings GetTypeSettings(this ContentTypeDefinition type) => type.GetSettings<ContentTypeSettings>();

    /// <summary>The first part of the type whose part definition is <paramref name="partName"/> (case-sensitive), or null.</summary>
    public static ContentTypePartDefinition? FindPart(this ContentTypeDefinition type, string partName)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.PartName == partName);
    }

    /// <summary>True when the type has a part whose part definition is <paramref name="partName"/>.</summary>
    public static bool HasPart(this ContentTypeDefinition type, string partName) => type.FindPart(partName) is not null;

    /// <summary>
    /// Settings of class <typeparamref name="T"/> (e.g. <c>AutoroutePartSettings</c>) on the type's
    /// part <paramref name="partName"/>; defaults when the part or the settings are absent.
    /// </summary>
    public static T GetPartSettings<T>(this ContentTypeDefinition type, string partName)
        where T : new() =>
        type.FindPart(partName) is { } part ? part.GetSettings<T>() : new T();
}

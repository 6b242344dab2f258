using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Contents;

/// <summary>
/// How a type's versions are kept. <see cref="KeepsDrafts"/>: editing a published item makes a
/// separate draft row (Draftable or Versionable). <see cref="KeepsHistory"/>: rows that are neither
/// latest nor published stay as history (Versionable); otherwise they are deleted. Items whose
/// type is not defined keep everything, so nothing is lost.
/// </summary>
internal sealed record VersionPolicy(ContentTypeDefinition? Type, IReadOnlyList<ContentTypeField> Fields, bool KeepsDrafts, bool KeepsHistory)
{
    public static VersionPolicy For(ContentDefinitionDocument definitions, string contentType)
    {
        if (definitions.FindType(contentType) is not { } type)
        {
            return new VersionPolicy(null, [], KeepsDrafts: true, KeepsHistory: true);
        }

        var settings = type.GetTypeSettings();
        return new VersionPolicy(type, definitions.GetFields(type), settings.Draftable || settings.Versionable, settings.Versionable);
    }
}

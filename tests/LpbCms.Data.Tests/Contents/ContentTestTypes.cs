using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Tests.Contents;

/// <summary>The content types the engine tests use, defined through the definition manager as a recipe would.</summary>
internal static class ContentTestTypes
{
    /// <summary>Draftable and versionable, with a TextField and a NumericField in its implicit part.</summary>
    public const string Article = "Article";

    /// <summary>Draftable, not versionable: at most a published and a draft row.</summary>
    public const string Notice = "Notice";

    /// <summary>Neither draftable nor versionable: one row, edited in place.</summary>
    public const string Snippet = "Snippet";

    public static async Task DefineAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        await definitions.UpdateAsync(
            document =>
            {
                document.ContentTypes.Add(Type(Article, draftable: true, versionable: true, "TitlePart", Article));
                document.ContentTypes.Add(Type(Notice, draftable: true, versionable: false, "TitlePart"));
                document.ContentTypes.Add(Type(Snippet, draftable: false, versionable: false, "TitlePart"));
                document.ContentParts.Add(new ContentPartDefinition
                {
                    Name = Article,
                    ContentPartFieldDefinitionRecords =
                    {
                        new ContentPartFieldDefinition { FieldName = "TextField", Name = "Subtitle" },
                        new ContentPartFieldDefinition { FieldName = "NumericField", Name = "Year" },
                    },
                });
            },
            ct);
    }

    private static ContentTypeDefinition Type(string name, bool draftable, bool versionable, params string[] parts)
    {
        var type = new ContentTypeDefinition
        {
            Name = name,
            DisplayName = name,
            Settings = new JsonObject
            {
                ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Draftable"] = draftable, ["Versionable"] = versionable },
            },
        };
        foreach (var part in parts)
        {
            type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = part, Name = part });
        }

        return type;
    }
}

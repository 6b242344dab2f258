using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// Forces a parsed JSON tree to build all its child nodes now. System.Text.Json creates children
/// lazily on first access, which is not safe when several threads read one cached tree at once.
/// </summary>
internal static class JsonNodeMaterializer
{
    public static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Materialize(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Materialize(child);
                }

                break;
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Api.Writing;

/// <summary>
/// Reads a request body as one JSON object, within a size limit. Every failure is an error
/// message for a 400 answer, never an exception.
/// </summary>
public static class JsonBodyReader
{
    public static async Task<(JsonObject? Body, string? Title, string? Error)> ReadObjectAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (null, "Request body too large", $"The body has {request.ContentLength} bytes; at most {maxBytes} are accepted.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, "Request body too large", $"The body is larger than the {maxBytes} bytes accepted.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, "Empty body", "The request needs a JSON object as its body.");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return (null, "Malformed JSON", $"The body is not valid JSON: {ex.Message}");
        }

        return node is JsonObject obj
            ? (obj, null, null)
            : (null, "Not a JSON object", $"The body must be a JSON object, not {Describe(node)}.");
    }

    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

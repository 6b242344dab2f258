using System.Text.Json;

namespace LpbCms.Core.Recipes;

/// <summary>
/// Scans a recipe file once with <see cref="Utf8JsonReader"/> through a small buffer and records
/// where each header value and each step lies (byte ranges), without building the document. A
/// large recipe (a backup with many content steps) is then read one step at a time.
/// </summary>
internal sealed class RecipeFileScanner
{
    private const int InitialBuffer = 64 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly List<(string Key, long Start, long End)> _header = [];
    private readonly List<(long Start, long End)> _steps = [];
    private string? _property;
    private long _valueStart = -1;
    private bool _inSteps;
    private long _stepStart = -1;

    public IReadOnlyList<(string Key, long Start, long End)> Header => _header;

    public IReadOnlyList<(long Start, long End)> Steps => _steps;

    public bool HasSteps { get; private set; }

    /// <exception cref="JsonException">The file is not valid JSON or not an object.</exception>
    public static async Task<RecipeFileScanner> ScanAsync(Stream stream, CancellationToken ct)
    {
        var scanner = new RecipeFileScanner();
        var buffer = new byte[InitialBuffer];
        var state = new JsonReaderState(ReaderOptions);
        int filled = 0;
        long offset = 0;
        var final = false;
        while (!final)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), ct);
            filled += read;
            final = read == 0;
            var consumed = scanner.Consume(buffer.AsSpan(0, filled), final, offset, ref state);
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
            offset += consumed;
            if (filled == buffer.Length)
            {
                // One token (a long string) fills the buffer: grow it.
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }

        return scanner;
    }

    private int Consume(ReadOnlySpan<byte> data, bool final, long offset, ref JsonReaderState state)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (reader.Read())
        {
            Visit(ref reader, offset);
        }

        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private void Visit(ref Utf8JsonReader reader, long offset)
    {
        var start = offset + reader.TokenStartIndex;
        var end = offset + reader.BytesConsumed;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject when reader.CurrentDepth == 0:
                return;
            case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                _property = reader.GetString();
                return;
            case JsonTokenType.StartArray when reader.CurrentDepth == 1 && string.Equals(_property, "steps", StringComparison.OrdinalIgnoreCase):
                _inSteps = true;
                HasSteps = true;
                return;
            case JsonTokenType.EndArray when reader.CurrentDepth == 1 && _inSteps:
                _inSteps = false;
                return;
            case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth == 2 && _inSteps:
                _stepStart = start;
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray when reader.CurrentDepth == 2 && _inSteps:
                _steps.Add((_stepStart, end));
                return;
            case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth == 1:
                _valueStart = start;
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray when reader.CurrentDepth == 1:
                _header.Add((_property!, _valueStart, end));
                return;
            case JsonTokenType.EndObject when reader.CurrentDepth == 0:
                return;
            default:
                if (reader.CurrentDepth == 0)
                {
                    throw new JsonException("A recipe must be a JSON object.");
                }

                if (reader.CurrentDepth == 2 && _inSteps)
                {
                    // A step that is not an object: kept so the reader reports it at its index.
                    _steps.Add((start, end));
                }
                else if (reader.CurrentDepth == 1)
                {
                    _header.Add((_property!, start, end));
                }

                return;
        }
    }
}

using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// Reads a <c>.http</c> file as VS Code's REST Client and Visual Studio do: <c>@name = value</c>
/// variables, requests separated by <c>###</c> lines, <c># @name x</c> naming a request, a request
/// line, headers, a blank line and a body; <c>{{x.response.body.$.a.b}}</c> reads a named response.
/// </summary>
internal sealed partial class HttpExampleFile
{
    private readonly List<string> _lines;

    private HttpExampleFile(IEnumerable<string> lines) => _lines = [.. lines];

    public static HttpExampleFile Load(string path) => new(File.ReadAllLines(path));

    /// <summary>The requests in file order; variable lines anywhere are applied in order as well.</summary>
    public IEnumerable<Step> Steps()
    {
        var block = new List<string>();
        foreach (var line in _lines)
        {
            if (line.StartsWith("###", StringComparison.Ordinal))
            {
                foreach (var step in Parse(block))
                {
                    yield return step;
                }

                block.Clear();
                continue;
            }

            block.Add(line);
        }

        foreach (var step in Parse(block))
        {
            yield return step;
        }
    }

    private static IEnumerable<Step> Parse(List<string> block)
    {
        string? name = null;
        var index = 0;
        for (; index < block.Count; index++)
        {
            var line = block[index].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (VariableLine().Match(line) is { Success: true } variable)
            {
                yield return new Step(variable.Groups["name"].Value, variable.Groups["value"].Value.Trim(), null);
                continue;
            }

            if (line.StartsWith("# @name ", StringComparison.Ordinal))
            {
                name = line["# @name ".Length..].Trim();
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            break;
        }

        if (index >= block.Count)
        {
            yield break;
        }

        var requestLine = block[index].Trim().Split(' ', 2);
        var headers = new List<KeyValuePair<string, string>>();
        for (index++; index < block.Count && block[index].Trim().Length > 0; index++)
        {
            var header = block[index].Split(':', 2);
            headers.Add(new(header[0].Trim(), header[1].Trim()));
        }

        var body = string.Join('\n', block.Skip(index + 1)).Trim();
        yield return new Step(null, null, new Request(name, requestLine[0], requestLine[1].Trim(), headers, body.Length == 0 ? null : body));
    }

    /// <summary>Replaces <c>{{variable}}</c> and <c>{{request.response.body.$.path}}</c> references.</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> variables, IReadOnlyDictionary<string, JsonNode?> responses) =>
        Reference().Replace(text, match =>
        {
            var reference = match.Groups["ref"].Value.Trim();
            if (ResponseReference().Match(reference) is { Success: true } response)
            {
                var node = responses.TryGetValue(response.Groups["request"].Value, out var body) ? body : null;
                foreach (var segment in response.Groups["path"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries))
                {
                    node = node?[segment];
                }

                return node?.GetValue<string>() ?? throw new InvalidOperationException($"{{{{{reference}}}}} has no value.");
            }

            return variables.TryGetValue(reference, out var value)
                ? Substitute(value, variables, responses)
                : throw new InvalidOperationException($"{{{{{reference}}}}} is not defined.");
        });

    public static HttpRequestMessage ToMessage(Request request, Func<string, string> substitute)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), substitute(request.Url));
        string? contentType = null;
        foreach (var (key, value) in request.Headers)
        {
            if (key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = substitute(value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(key, substitute(value));
            }
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(substitute(request.Body), Encoding.UTF8);
            message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType ?? "text/plain");
        }

        return message;
    }

    [GeneratedRegex(@"^@(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?<value>.*)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VariableLine();

    [GeneratedRegex(@"\{\{(?<ref>[^}]+)\}\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?<request>[A-Za-z_][A-Za-z0-9_]*)\.response\.body\.\$(?<path>(?:\.[A-Za-z0-9_]+)+)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ResponseReference();

    /// <summary>Either a variable definition (<see cref="Variable"/>, <see cref="Value"/>) or a request.</summary>
    public sealed record Step(string? Variable, string? Value, Request? Request);

    public sealed record Request(string? Name, string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body)
    {
        public override string ToString() => $"{Method} {Url}";
    }
}

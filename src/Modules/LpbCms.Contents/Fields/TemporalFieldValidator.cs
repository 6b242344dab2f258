using System.Globalization;

namespace LpbCms.Contents.Fields;

/// <summary>DateField, DateTimeField and TimeField: <c>Value</c> is an ISO-8601 string of the right kind.</summary>
public sealed class TemporalFieldValidator(string fieldType, TemporalKind kind) : IContentFieldValidator
{
    private const string Property = "Value";

    public string FieldType { get; } = fieldType;

    public void Validate(FieldValidationContext context)
    {
        var node = context.Value[Property];
        if (JsonKinds.IsNull(node))
        {
            return;
        }

        if (!JsonKinds.IsString(node) || !IsValid(node!.GetValue<string>()))
        {
            context.Fail(Property, $"Verwacht {Expected()}, maar kreeg {JsonKinds.Describe(node)}.");
        }
    }

    private bool IsValid(string text) => kind switch
    {
        TemporalKind.Time => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var time) && time >= TimeSpan.Zero && time < TimeSpan.FromDays(1),
        _ => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) && text.Length >= 10 && text[4] == '-',
    };

    private string Expected() => kind switch
    {
        TemporalKind.Date => "een datum in ISO-8601 (bijvoorbeeld \"2019-07-09\")",
        TemporalKind.DateTime => "een datum en tijd in ISO-8601 (bijvoorbeeld \"2019-07-09T10:00:00Z\")",
        _ => "een tijd (bijvoorbeeld \"10:30:00\")",
    };
}

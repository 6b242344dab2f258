using GraphQL.Conversion;
using GraphQL.Types;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// GraphQL.NET's camelCase naming, except for the <c>AND</c>/<c>OR</c>/<c>NOT</c> fields of the
/// where inputs, which keep Orchard's upper-case names (Orchard maps them the same way).
/// </summary>
public sealed class WhereNameConverter : INameConverter
{
    public static WhereNameConverter Instance { get; } = new();

    public string NameForField(string fieldName, IComplexGraphType parentGraphType) =>
        IsLogical(fieldName) ? fieldName : CamelCaseNameConverter.Instance.NameForField(fieldName, parentGraphType);

    public string NameForArgument(string argumentName, IComplexGraphType parentGraphType, FieldType field) =>
        CamelCaseNameConverter.Instance.NameForArgument(argumentName, parentGraphType, field);

    private static bool IsLogical(string name) =>
        name is ContentWhereInput.And or ContentWhereInput.Or or ContentWhereInput.Not;
}

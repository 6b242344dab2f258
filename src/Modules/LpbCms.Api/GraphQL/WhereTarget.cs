using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Api.GraphQL;

/// <summary>What a <c>where</c> input field tests: an item column or a custom field, with one operator.</summary>
public sealed record WhereTarget(WhereOperator Operator, ContentColumn? Column = null, ContentTypeField? Field = null);

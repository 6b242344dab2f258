using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Contents.Handlers;

/// <summary>Collects validation errors for a version before it is stored.</summary>
public sealed class ValidateContentContext(ContentItem contentItem, ContentTypeDefinition? typeDefinition)
    : ContentContext(contentItem, typeDefinition)
{
    private readonly List<ContentValidationError> _errors = [];

    public IReadOnlyList<ContentValidationError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    /// <param name="path">Where the error is, as a JSON path into the item (e.g. <c>AutoroutePart.Path</c>).</param>
    public void Fail(string path, string message) => _errors.Add(new ContentValidationError(path, message));
}

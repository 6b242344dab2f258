namespace LpbCms.Core.Contents.Catalog;

/// <summary>A content handler declared by a part or field, with the stage it runs in.</summary>
/// <param name="HandlerType">An <see cref="Handlers.IContentHandler"/> implementation.</param>
/// <param name="Stage">When it runs.</param>
/// <param name="Owner">The part or field that declared it (for error messages).</param>
public sealed record ContentHandlerRegistration(Type HandlerType, ContentHandlerStage Stage, string Owner);

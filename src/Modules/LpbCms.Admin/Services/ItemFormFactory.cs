using System.Security.Claims;
using LpbCms.Admin.Editing;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Admin.Services;

/// <summary>Builds <see cref="ItemFormState"/> for an item, either as stored or with the posted form applied to it.</summary>
public sealed class ItemFormFactory(ContentEditorBuilder builder, IContentDefinitionManager definitions, ContentActionAuthorizer authorizer)
{
    public async Task<ItemFormState> CreateAsync(ContentItem item, ContentItem? baseVersion, ClaimsPrincipal user, bool isNew, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var type = await definitions.GetTypeDefinitionAsync(item.ContentType, ct);
        return new ItemFormState
        {
            Item = item,
            TypeDisplayName = type is null ? item.ContentType : ContentTypeCatalog.Choice(type).DisplayName,
            Sections = await builder.BuildAsync(item, ct),
            BaseVersionId = baseVersion?.ContentItemVersionId ?? "",
            BaseRevision = baseVersion?.Revision ?? 0,
            IsNew = isNew,
            CanPublish = await authorizer.CanAsync(user, ContentPermissions.PublishContent, item, ct),
            Draftable = type?.GetTypeSettings() is { } settings && (settings.Draftable || settings.Versionable),
        };
    }

    /// <summary>Applies the posted values to <paramref name="item"/> and returns the form showing them, with input errors placed.</summary>
    public async Task<(ItemFormState State, IReadOnlyList<ContentValidationError> InputErrors)> ApplyAsync(
        ContentItem item, IFormCollection form, ContentItem? baseVersion, ClaimsPrincipal user, bool isNew, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var sections = await builder.BuildAsync(item, ct);
        var errors = ContentFormReader.Apply(item, sections, form);
        var state = await CreateAsync(item, baseVersion, user, isNew, ct);
        state.AddErrors(errors);
        return (state, errors);
    }
}

using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>The fluent description shared by parts and fields; each call returns the builder.</summary>
public abstract class ContentElementBuilder<TBuilder>(IServiceCollection services, ContentElementRegistration registration)
    where TBuilder : ContentElementBuilder<TBuilder>
{
    /// <summary>The services the owner registers with, for its own extensions of the chain.</summary>
    public IServiceCollection Services { get; } = services;

    /// <summary>The part's or field's name, for the owner's own extensions of the chain.</summary>
    public string Name => registration.Name;

    private TBuilder This => (TBuilder)this;

    /// <summary>The Dutch name editors see.</summary>
    public TBuilder WithDisplayName(string displayName)
    {
        registration.DisplayName = displayName;
        return This;
    }

    public TBuilder Property(string name, ContentValueKind kind, bool required = false, ContentPropertyRole role = ContentPropertyRole.None, bool inGraph = true)
    {
        registration.Properties.Add(new ContentPropertyDescriptor(name, kind, required, role, inGraph));
        return This;
    }

    /// <summary>The settings object's name (default: the name + <c>Settings</c>) and what a new definition gets.</summary>
    public TBuilder WithSettings(string settingsName, JsonObject? defaults = null)
    {
        registration.SettingsName = settingsName;
        registration.DefaultSettings = defaults;
        return This;
    }

    /// <summary>The admin's input, the property it writes and (for parts) its label.</summary>
    public TBuilder WithEditor(EditorKind kind, string? editedProperty = null, string? label = null)
    {
        registration.Editor = kind;
        registration.EditedProperty = editedProperty;
        registration.EditorLabel = label;
        return This;
    }

    /// <summary>
    /// A content handler of this part or field, run in <paramref name="stage"/>; handlers of the
    /// same stage run in the order they are declared.
    /// </summary>
    public TBuilder AddHandler<THandler>(ContentHandlerStage stage)
        where THandler : class, IContentHandler
    {
        registration.Handlers.Add(new ContentHandlerRegistration(typeof(THandler), stage, registration.Name));
        Services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentHandler, THandler>());
        return This;
    }
}

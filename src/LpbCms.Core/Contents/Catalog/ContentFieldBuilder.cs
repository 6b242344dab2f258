using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>Describes a field type: <c>services.AddContentField("TextField").WithDisplayName("Tekst")…</c>.</summary>
public sealed class ContentFieldBuilder(IServiceCollection services, ContentFieldRegistration registration)
    : ContentElementBuilder<ContentFieldBuilder>(services, registration)
{
    /// <summary>The property's values go to the field index, so lists filter and sort on it.</summary>
    public ContentFieldBuilder IndexedOn(string property)
    {
        registration.IndexedProperty = property;
        return this;
    }

    /// <summary>GraphQL shows the field as this property's value (Orchard: a TextField is a String).</summary>
    public ContentFieldBuilder GraphScalar(string property)
    {
        registration.GraphScalarProperty = property;
        return this;
    }

    /// <summary>Another editor, chosen when the definition's <c>ContentPartFieldSettings.Editor</c> is <paramref name="editorName"/>.</summary>
    public ContentFieldBuilder WithEditorVariant(string editorName, EditorKind kind)
    {
        registration.EditorVariants[editorName] = kind;
        return this;
    }

    /// <summary>
    /// Another editor, chosen when the boolean <paramref name="setting"/> of the field's settings is true
    /// (a TaxonomyField with <c>Unique</c> offers one choice instead of a list). An editor named by
    /// <c>ContentPartFieldSettings.Editor</c> wins over it.
    /// </summary>
    public ContentFieldBuilder WithEditorWhen(string setting, EditorKind kind)
    {
        registration.EditorsBySetting[setting] = kind;
        return this;
    }

    /// <summary>The editor's options come from <typeparamref name="TSource"/> (scoped: it may read content).</summary>
    public ContentFieldBuilder WithOptionsFrom<TSource>()
        where TSource : class, IContentFieldOptionsSource
    {
        registration.OptionsSourceType = typeof(TSource);
        Services.TryAddScoped<TSource>();
        return this;
    }
}

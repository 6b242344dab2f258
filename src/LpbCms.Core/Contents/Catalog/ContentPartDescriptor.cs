namespace LpbCms.Core.Contents.Catalog;

/// <summary>One part (Orchard's <c>ContentPart</c>): registered once by the module that owns it.</summary>
public sealed class ContentPartDescriptor : ContentElementDescriptor
{
    internal ContentPartDescriptor(ContentPartRegistration registration)
        : base(registration)
    {
        ModelType = registration.ModelType;
        Route = registration.Route;
        DisplayTextProperty = registration.DisplayTextProperty;
        HtmlBodyProperty = registration.HtmlBodyProperty;
        TermsProperty = registration.TermsProperty;
        AttachedWithoutDefinition = registration.AttachedWithoutDefinition;
        GraphFlattened = registration.GraphFlattened;
    }

    /// <summary>The typed view over the part's JSON (<c>item.As&lt;TitlePart&gt;()</c>), when it has one.</summary>
    public Type? ModelType { get; }

    /// <summary>How the part gives its item a public path, when it does.</summary>
    public ContentRouteContribution? Route { get; }

    /// <summary>The property that becomes the item's <c>DisplayText</c> (TitlePart's <c>Title</c>).</summary>
    public string? DisplayTextProperty { get; }

    /// <summary>The property that holds the item's body as HTML (HtmlBodyPart's <c>Html</c>; Orchard's BodyAspect).</summary>
    public string? HtmlBodyProperty { get; }

    /// <summary>The property that holds the item's terms, content items nested like a tree (TaxonomyPart's <c>Terms</c>).</summary>
    public string? TermsProperty { get; }

    /// <summary>Orchard attaches it to items without the type definition naming it (ContainedPart).</summary>
    public bool AttachedWithoutDefinition { get; }

    /// <summary>GraphQL shows its properties on the item itself (<c>path</c>), not on a part object.</summary>
    public bool GraphFlattened { get; }
}

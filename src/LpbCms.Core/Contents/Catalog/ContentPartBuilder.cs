using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>Describes a part: <c>services.AddContentPart&lt;TitlePart&gt;().WithDisplayName("Titel")…AddHandler&lt;TitlePartHandler&gt;(…)</c>.</summary>
public sealed class ContentPartBuilder(IServiceCollection services, ContentPartRegistration registration)
    : ContentElementBuilder<ContentPartBuilder>(services, registration)
{
    /// <summary>The part gives its item a public path from <paramref name="pathProperty"/>.</summary>
    public ContentPartBuilder Routes(string pathProperty, string? disabledProperty = null)
    {
        registration.Route = new ContentRouteContribution(pathProperty, disabledProperty);
        return this;
    }

    /// <summary>The property becomes the item's display text.</summary>
    public ContentPartBuilder ProvidesDisplayText(string property)
    {
        registration.DisplayTextProperty = property;
        return this;
    }

    /// <summary>The property holds the item's body as (sanitized) HTML (Orchard's BodyAspect).</summary>
    public ContentPartBuilder ProvidesHtmlBody(string property)
    {
        registration.HtmlBodyProperty = property;
        return this;
    }

    /// <summary>The property holds the item's terms: content items, each with its own child terms under the same name (Orchard's TaxonomyPart).</summary>
    public ContentPartBuilder HoldsTerms(string property)
    {
        registration.TermsProperty = property;
        return this;
    }

    /// <summary>Orchard attaches the part without the type naming it (ContainedPart).</summary>
    public ContentPartBuilder AttachedWithoutDefinition()
    {
        registration.AttachedWithoutDefinition = true;
        return this;
    }

    /// <summary>GraphQL shows the part's properties on the item (<c>path</c>), not under a part object.</summary>
    public ContentPartBuilder FlattenedInGraph()
    {
        registration.GraphFlattened = true;
        return this;
    }
}

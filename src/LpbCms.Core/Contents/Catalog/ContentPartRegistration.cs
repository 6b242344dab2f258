namespace LpbCms.Core.Contents.Catalog;

public sealed class ContentPartRegistration(string name, string registeredBy) : ContentElementRegistration(name, registeredBy)
{
    public Type? ModelType { get; set; }

    public ContentRouteContribution? Route { get; set; }

    public string? DisplayTextProperty { get; set; }

    public string? HtmlBodyProperty { get; set; }

    public string? TermsProperty { get; set; }

    public bool AttachedWithoutDefinition { get; set; }

    public bool GraphFlattened { get; set; }
}

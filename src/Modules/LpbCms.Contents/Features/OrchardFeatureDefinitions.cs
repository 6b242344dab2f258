using System.Text.Json;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Features;

/// <summary>
/// The content types Orchard's feature migrations create (OrchardCore.Menu, OrchardCore.Taxonomies),
/// in Orchard's definition format, so recipes written for Orchard can import items of these types
/// without defining them (the stock blog recipe imports a Menu and two Taxonomies this way).
/// </summary>
public static class OrchardFeatureDefinitions
{
    private const string Menu = """
        {
          "ContentTypes": [
            { "Name": "Menu", "DisplayName": "Menu",
              "Settings": { "ContentTypeSettings": { "Stereotype": "Menu" } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "1" } } },
                { "PartName": "AliasPart", "Name": "AliasPart", "Settings": { "ContentTypePartSettings": { "Position": "2" },
                  "AliasPartSettings": { "Pattern": "{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "MenuPart", "Name": "MenuPart", "Settings": { "ContentTypePartSettings": { "Position": "3" } } },
                { "PartName": "MenuItemsListPart", "Name": "MenuItemsListPart", "Settings": { "ContentTypePartSettings": { "Position": "4" } } } ] },
            { "Name": "LinkMenuItem", "DisplayName": "Link Menu Item",
              "Settings": { "ContentTypeSettings": { "Stereotype": "MenuItem", "Description": "Represents a simple link." } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "LinkMenuItemPart", "Name": "LinkMenuItemPart", "Settings": {} } ] },
            { "Name": "ContentMenuItem", "DisplayName": "Content Menu Item",
              "Settings": { "ContentTypeSettings": { "Stereotype": "MenuItem", "Description": "Represents a link to a content item." } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "ContentMenuItemPart", "Name": "ContentMenuItemPart", "Settings": {} } ] },
            { "Name": "HtmlMenuItem", "DisplayName": "Html Menu Item",
              "Settings": { "ContentTypeSettings": { "Stereotype": "MenuItem", "Description": "Represents a menu item with custom HTML." } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "HtmlMenuItemPart", "Name": "HtmlMenuItemPart", "Settings": {} } ] }
          ],
          "ContentParts": [
            { "Name": "LinkMenuItemPart", "Settings": { "ContentPartSettings": { "Description": "Provides a simple link menu item." } } },
            { "Name": "ContentMenuItemPart", "Settings": { "ContentPartSettings": { "Description": "Provides a menu item linking to a content item." } } },
            { "Name": "HtmlMenuItemPart", "Settings": { "ContentPartSettings": { "Description": "Provides a menu item with custom HTML." } } }
          ]
        }
        """;

    private const string Taxonomies = """
        {
          "ContentTypes": [
            { "Name": "Taxonomy", "DisplayName": "Taxonomy",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "1" } } },
                { "PartName": "AliasPart", "Name": "AliasPart", "Settings": { "ContentTypePartSettings": { "Position": "2" },
                  "AliasPartSettings": { "Pattern": "{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "3" },
                  "AutoroutePartSettings": { "Pattern": "{{ Model.ContentItem | display_text | slugify }}", "AllowRouteContainedItems": true } } },
                { "PartName": "TaxonomyPart", "Name": "TaxonomyPart", "Settings": { "ContentTypePartSettings": { "Position": "4" } } } ] }
          ],
          "ContentParts": [
            { "Name": "TaxonomyPart", "Settings": { "ContentPartSettings": { "Attachable": true, "Description": "Creates a hierarchy of terms." } } }
          ]
        }
        """;

    private static readonly Dictionary<string, string> ByFeature = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OrchardCore.Menu"] = Menu,
        ["OrchardCore.Taxonomies"] = Taxonomies,
    };

    /// <summary>The definitions a feature's migration creates; null when the feature creates none.</summary>
    public static ContentDefinitionDocument? For(string featureId) =>
        ByFeature.TryGetValue(featureId, out var json) ? JsonSerializer.Deserialize<ContentDefinitionDocument>(json) : null;
}

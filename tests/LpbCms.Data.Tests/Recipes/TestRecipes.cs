namespace LpbCms.Data.Tests.Recipes;

/// <summary>Recipe JSON for the execution tests, built from small named pieces.</summary>
internal static class TestRecipes
{
    public const string PageId = "4x8k7m2q9r1s3t5v6w0y8z2a1b";
    public const string PageVersionId = "4y8k7m2q9r1s3t5v6w0y8z2a1b";
    public const string NoticeId = "5x8k7m2q9r1s3t5v6w0y8z2a1b";
    public const string NoticeVersionId = "5y8k7m2q9r1s3t5v6w0y8z2a1b";

    /// <summary>Defines <c>Page</c> (TitlePart and its implicit part with a Subtitle text field) and <c>Notice</c>.</summary>
    public const string DefinitionStep = """
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            { "Name": "Page", "DisplayName": "Pagina",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Draftable": true, "Versionable": true, "Listable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "Page", "Name": "Page", "Settings": { "ContentTypePartSettings": { "Position": "1" } } }
              ] },
            { "Name": "Notice", "Settings": { "ContentTypeSettings": { "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] }
          ],
          "ContentParts": [
            { "Name": "Page", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Subtitle", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Ondertitel" } } }
            ] }
          ]
        }
        """;

    /// <summary>A published Page and a draft Notice with fixed ids (Orchard's <c>Displaytext</c> spelling on the Notice).</summary>
    public const string ContentStep = $$"""
        {
          "name": "content",
          "Data": [
            { "ContentItemId": "{{PageId}}", "ContentItemVersionId": "{{PageVersionId}}", "ContentType": "Page",
              "DisplayText": "Over ons", "Latest": true, "Published": true,
              "ModifiedUtc": "2019-07-09T10:00:00Z", "PublishedUtc": "2019-07-09T10:00:00Z", "CreatedUtc": "2019-07-09T10:00:00Z",
              "Owner": "owner-1", "Author": "admin",
              "TitlePart": { "Title": "Over ons" }, "Page": { "Subtitle": { "Text": "Wie wij zijn" } } },
            { "ContentItemId": "{{NoticeId}}", "ContentItemVersionId": "{{NoticeVersionId}}", "ContentType": "Notice",
              "Displaytext": "Mededeling", "Latest": true, "Published": false,
              "ModifiedUtc": "2019-07-09T10:00:00Z", "CreatedUtc": "2019-07-09T10:00:00Z",
              "Owner": "owner-1", "Author": "admin",
              "TitlePart": { "Title": "Mededeling" } }
          ]
        }
        """;

    public const string SettingsStep = """
        { "name": "settings", "SiteName": "LPB", "HomeRoute": { "ContentItemId": "[js: variables('home')]" } }
        """;

    public static string Recipe(string name, params string[] steps) =>
        $$"""{ "name": "{{name}}", "variables": { "home": "{{PageId}}" }, "steps": [ {{string.Join(",\n", steps)}} ] }""";

    public static string ContentItem(string type, string title) =>
        $$"""{ "name": "content", "Data": [ { "ContentType": "{{type}}", "DisplayText": "{{title}}", "Published": true, "TitlePart": { "Title": "{{title}}" } } ] }""";
}

namespace LpbCms.Core.Tests.Contents;

/// <summary>Every part and field shape of ARCHITECTURE.md section 2, as Orchard writes it (compact JSON).</summary>
internal static class ContentItemShapes
{
    public const string Metadata =
        "\"ContentItemId\":\"4x8k7m2q9r1s3t5v6w0y8z2a1b\",\"ContentItemVersionId\":\"4y8k7m2q9r1s3t5v6w0y8z2a1c\","
        + "\"ContentType\":\"Gift\",\"DisplayText\":\"Vijf gelukwensen van het LSA\",\"Latest\":true,\"Published\":true,"
        + "\"ModifiedUtc\":\"2019-07-09T10:00:00Z\",\"PublishedUtc\":\"2019-07-09T10:00:00Z\",\"CreatedUtc\":\"2019-07-09T10:00:00Z\","
        + "\"Owner\":\"4a0b1c2d3e4f5g6h7j8k9m0n1p\",\"Author\":\"admin\"";

    private const string NestedItem =
        "{\"ContentItemId\":\"4b0b1c2d3e4f5g6h7j8k9m0n1p\",\"ContentItemVersionId\":null,\"ContentType\":\"Paragraph\","
        + "\"DisplayText\":null,\"Latest\":false,\"Published\":false,\"ModifiedUtc\":null,\"PublishedUtc\":null,"
        + "\"CreatedUtc\":null,\"Owner\":null,\"Author\":null,\"HtmlBodyPart\":{\"Html\":\"<p>Binnen</p>\"}}";

    /// <summary>(shape name, part name, part JSON).</summary>
    public static TheoryData<string, string, string> Parts => new()
    {
        { "TitlePart", "TitlePart", "{\"Title\":\"Vijf gelukwensen van het LSA\"}" },
        { "AutoroutePart", "AutoroutePart", "{\"Path\":\"cadeaus/vijf-gelukwensen\",\"SetHomepage\":false,\"Disabled\":false,\"RouteContainedItems\":false,\"Absolute\":false}" },
        { "HtmlBodyPart", "HtmlBodyPart", "{\"Html\":\"<p>Oriëntatie &amp; één</p>\"}" },
        { "MarkdownBodyPart", "MarkdownBodyPart", "{\"Markdown\":\"# Kop\\n\\nTekst met *nadruk*.\"}" },
        { "ListPart", "ListPart", "{}" },
        { "ContainedPart", "ContainedPart", "{\"ListContentItemId\":\"4c0b1c2d3e4f5g6h7j8k9m0n1p\",\"ListContentType\":\"Blog\",\"Order\":3}" },
        { "AliasPart", "AliasPart", "{\"Alias\":\"over-ons\"}" },
        { "TaxonomyPart", "TaxonomyPart", "{\"TermContentType\":\"Tag\",\"Terms\":[" + NestedItem.Replace("Paragraph", "Tag", StringComparison.Ordinal) + "]}" },
        { "BagPart", "Slides", "{\"ContentItems\":[" + NestedItem + "]}" },
        { "FlowPart", "FlowPart", "{\"Widgets\":[" + NestedItem + "]}" },
        { "PublishLaterPart", "PublishLaterPart", "{\"ScheduledPublishUtc\":\"2019-07-10T08:00:00Z\"}" },
    };

    /// <summary>(field type, field JSON) as found inside a type's implicit part.</summary>
    public static TheoryData<string, string> Fields => new()
    {
        { "TextField", "{\"Text\":\"Thijs van Mierlo\"}" },
        { "HtmlField", "{\"Html\":\"<p>Gift</p>\"}" },
        { "MarkdownField", "{\"Markdown\":\"**vet**\"}" },
        { "NumericField", "{\"Value\":2019}" },
        { "BooleanField", "{\"Value\":true}" },
        { "DateField", "{\"Value\":\"2019-07-09T00:00:00Z\"}" },
        { "DateTimeField", "{\"Value\":\"2019-07-09T10:30:00Z\"}" },
        { "TimeField", "{\"Value\":\"10:30:00\"}" },
        { "LinkField", "{\"Url\":\"https://www.lpb.nl/\",\"Text\":\"LPB\",\"Target\":\"_blank\"}" },
        { "ContentPickerField", "{\"ContentItemIds\":[\"4d0b1c2d3e4f5g6h7j8k9m0n1p\",\"4e0b1c2d3e4f5g6h7j8k9m0n1p\"]}" },
        { "MediaField", "{\"Paths\":[\"cadeaus/lsa.jpg\"],\"MediaTexts\":[\"Het LSA-cadeau\"],\"Anchors\":[{\"X\":0.5,\"Y\":0.25}]}" },
        { "TaxonomyField", "{\"TaxonomyContentItemId\":\"4f0b1c2d3e4f5g6h7j8k9m0n1p\",\"TermContentItemIds\":[\"4g0b1c2d3e4f5g6h7j8k9m0n1p\"],\"TagNames\":[\"Jubileum\"]}" },
        { "MultiTextField", "{\"Values\":[\"een\",\"twee\"]}" },
    };

    public static string Document(params string[] parts) => "{" + Metadata + string.Concat(parts.Select(p => "," + p)) + "}";
}

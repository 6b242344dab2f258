using System.Globalization;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Tests.Contents.Metadata;

/// <summary>
/// The leniency table is the specification of <see cref="DefinitionSettingsReader"/>: one row per
/// stored value, what the typed reader gives (null: "absent", i.e. the settings class's default)
/// and what the untyped reader for that kind gives.
/// </summary>
public sealed class DefinitionSettingsReaderTests
{
    private const string Group = nameof(ProbeSettings);
    private const string Missing = "<missing>";

    // Each row: property, stored JSON value (or Missing), typed result (null = class default), untyped result.
    public static TheoryData<string, string, string?, string> Booleans => new()
    {
        // Booleans (untyped: Bool, false when absent). Class default true, so "false" and "absent" differ.
        { "Flag", "true", "true", "true" },
        { "Flag", "false", "false", "false" },
        { "Flag", "\"true\"", "true", "true" },
        { "Flag", "\"True\"", "true", "true" },
        { "Flag", "\" TRUE \"", "true", "true" },
        { "Flag", "\"false\"", "false", "false" },
        { "Flag", "\"False\"", "false", "false" },
        { "Flag", "\"yes\"", null, "false" },
        { "Flag", "\"1\"", null, "false" },
        { "Flag", "1", null, "false" },
        { "Flag", "0", null, "false" },
        { "Flag", "\"\"", null, "false" },
        { "Flag", "null", null, "false" },
        { "Flag", Missing, null, "false" },
        { "Flag", "{}", null, "false" },
        { "Flag", "[true]", null, "false" },
    };

    public static TheoryData<string, string, string?, string> Numbers => new()
    {
        // Decimal numbers (untyped: Number, null when absent).
        { "Amount", "3", "3", "3" },
        { "Amount", "2.5", "2.5", "2.5" },
        { "Amount", "-2.5", "-2.5", "-2.5" },
        { "Amount", "1e3", "1000", "1000" },
        { "Amount", "\"3\"", "3", "3" },
        { "Amount", "\"2.5\"", "2.5", "2.5" },
        { "Amount", "\" 2.5 \"", "2.5", "2.5" },
        { "Amount", "\"1e3\"", "1000", "1000" },
        { "Amount", "\"2,5\"", null, "null" },
        { "Amount", "\"1,000\"", null, "null" },
        { "Amount", "\"abc\"", null, "null" },
        { "Amount", "\"\"", null, "null" },
        { "Amount", "true", null, "null" },
        { "Amount", "null", null, "null" },
        { "Amount", Missing, null, "null" },
        { "Amount", "[1]", null, "null" },

        // Whole numbers: the untyped Number reads any number; an int setting takes only whole numbers in range.
        { "Count", "3", "3", "3" },
        { "Count", "\"3\"", "3", "3" },
        { "Count", "2.5", null, "2.5" },
        { "Count", "\"2.5\"", null, "2.5" },
        { "Count", "1e20", null, "100000000000000000000" },
        { "Count", "\"abc\"", null, "null" },
    };

    public static TheoryData<string, string, string?, string> TextsListsAndEnums => new()
    {
        // Text (untyped: Text, null when absent): only a JSON string is text.
        { "Label", "\"Hallo\"", "Hallo", "Hallo" },
        { "Label", "\"\"", "", "" },
        { "Label", "3", null, "null" },
        { "Label", "true", null, "null" },
        { "Label", "null", null, "null" },
        { "Label", Missing, null, "null" },
        { "Label", "{}", null, "null" },

        // Lists of text (untyped: Strings, empty when absent): entries that are not text are skipped.
        { "Names", "[\"a\",\"b\"]", "[a,b]", "[a,b]" },
        { "Names", "[\"a\",1,null,{},\"b\"]", "[a,b]", "[a,b]" },
        { "Names", "[]", "[]", "[]" },
        { "Names", "\"a\"", null, "[]" },
        { "Names", "null", null, "[]" },
        { "Names", Missing, null, "[]" },

        // Enums (untyped: Text): a member name in any case or a defined member's number.
        { "Mode", "\"Third\"", "Third", "Third" },
        { "Mode", "\"third\"", "Third", "third" },
        { "Mode", "3", "Third", "null" },
        { "Mode", "\"3\"", "Third", "3" },
        { "Mode", "0", "First", "null" },
        { "Mode", "2", null, "null" },
        { "Mode", "\"Fourth\"", null, "Fourth" },
        { "Mode", "\"First,Third\"", null, "First,Third" },
        { "Mode", "true", null, "null" },
    };

    [Theory]
    [MemberData(nameof(Booleans))]
    [MemberData(nameof(Numbers))]
    [MemberData(nameof(TextsListsAndEnums))]
    public void Read_LeniencyTable_TypedAndUntypedFollowTheOneRule(string property, string stored, string? typed, string untyped)
    {
        var settings = Settings(property, stored);

        var sut = DefinitionSettingsReader.Get<ProbeSettings>(settings);

        Assert.Equal(typed ?? Render(new ProbeSettings(), property), Render(sut, property));
        Assert.Equal(untyped, Untyped(settings, property));
    }

    [Fact]
    public void Get_UnknownKeysAndGroups_IgnoredAndLeftInPlace()
    {
        var settings = JsonNode.Parse("""{ "ProbeSettings": { "Flag": false, "Unknown": { "x": 1 } }, "OtherModuleSettings": { "Keep": "yes" } }""")!.AsObject();
        var before = settings.ToJsonString();

        var sut = DefinitionSettingsReader.Get<ProbeSettings>(settings);

        Assert.False(sut.Flag);
        Assert.Equal(before, settings.ToJsonString());
    }

    [Fact]
    public void Get_MalformedValues_StoredValueUnchanged()
    {
        var settings = JsonNode.Parse("""{ "ProbeSettings": { "Flag": "yes", "Amount": "abc", "Names": "a" } }""")!.AsObject();
        var before = settings.ToJsonString();

        _ = DefinitionSettingsReader.Get<ProbeSettings>(settings);

        Assert.Equal(before, settings.ToJsonString());
    }

    [Theory]
    [InlineData("""{ "probeSettings": { "Flag": false } }""")]
    [InlineData("""{ "ProbeSettings": { "flag": false } }""")]
    public void Get_NameInOtherCase_ReadsAsAbsent(string json)
    {
        var sut = DefinitionSettingsReader.Get<ProbeSettings>(JsonNode.Parse(json)!.AsObject());

        Assert.True(sut.Flag);
    }

    [Fact]
    public void Get_NoSettings_ClassDefaults()
    {
        Assert.Equivalent(new ProbeSettings(), DefinitionSettingsReader.Get<ProbeSettings>(null), strict: true);
    }

    [Fact]
    public void Number_ValueSetInCode_ReadsLikeParsedJson()
    {
        var settings = new JsonObject { [Group] = new JsonObject { ["Amount"] = 3, ["Count"] = 2.5d } };

        Assert.Equal(3m, DefinitionSettingsReader.Number(settings, Group, "Amount"));
        Assert.Equal(2.5m, DefinitionSettingsReader.Number(settings, Group, "Count"));
    }

    private static JsonObject Settings(string property, string stored) =>
        JsonNode.Parse(stored == Missing ? $$"""{ "{{Group}}": {} }""" : $$"""{ "{{Group}}": { "{{property}}": {{stored}} } }""")!.AsObject();

    private static string Render(ProbeSettings settings, string property) => property switch
    {
        "Flag" => Render(settings.Flag),
        "Amount" => Render(settings.Amount),
        "Count" => Render(settings.Count),
        "Label" => settings.Label ?? "null",
        "Names" => Render(settings.Names),
        _ => settings.Mode.ToString(),
    };

    private static string Untyped(JsonObject settings, string property) => property switch
    {
        "Flag" => Render(DefinitionSettingsReader.Bool(settings, Group, property)),
        "Amount" or "Count" => Render(DefinitionSettingsReader.Number(settings, Group, property)),
        "Names" => Render(DefinitionSettingsReader.Strings(settings, Group, property)),
        _ => DefinitionSettingsReader.Text(settings, Group, property) ?? "null",
    };

    private static string Render(bool value) => value ? "true" : "false";

    private static string Render(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Render(IReadOnlyList<string> values) => "[" + string.Join(',', values) + "]";

    public enum ProbeMode
    {
        First = 0,
        Second = 1,
        Third = 3,
    }

    /// <summary>Defaults differ from every value the table stores, so "read as absent" is visible.</summary>
    public sealed record ProbeSettings
    {
        public bool Flag { get; init; } = true;

        public decimal Amount { get; init; } = -1;

        public int Count { get; init; } = 7;

        public string? Label { get; init; } = "default";

        public IReadOnlyList<string> Names { get; init; } = ["default"];

        public ProbeMode Mode { get; init; } = ProbeMode.Second;
    }
}

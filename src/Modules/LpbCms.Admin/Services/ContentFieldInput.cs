using System.Text.Json.Nodes;

namespace LpbCms.Admin.Services;

/// <summary>
/// A field's settings as edited: its label, hint and required flag, plus the field's own settings
/// object (<c>{FieldType}Settings</c>, e.g. <c>NumericFieldSettings</c>) for everything else.
/// </summary>
public sealed record ContentFieldInput(string? DisplayName, string? Hint, bool Required, string? Editor, JsonObject OwnSettings);

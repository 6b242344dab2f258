namespace LpbCms.Api.Querying;

/// <summary>An expansion would embed more items than allowed; the endpoints answer 400 with the message.</summary>
public sealed class ExpandLimitException(string message) : Exception(message);

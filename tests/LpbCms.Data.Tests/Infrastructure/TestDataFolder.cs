namespace LpbCms.Data.Tests.Infrastructure;

/// <summary>A temporary folder that belongs to one test database (for media and other files).</summary>
public sealed record TestDataFolder(string Path);

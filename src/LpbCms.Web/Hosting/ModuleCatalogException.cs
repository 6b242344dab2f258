namespace LpbCms.Web.Hosting;

/// <summary>
/// The module catalogue cannot be composed (a module listed twice, a dependency not in the
/// catalogue, a dependency cycle): the host stops before it starts, with this message.
/// </summary>
public sealed class ModuleCatalogException(string message) : InvalidOperationException(message);

// Exposes the implicit Program class so WebApplicationFactory<Program> can start the host in tests.
#pragma warning disable MA0048, CA1050
public partial class Program;
#pragma warning restore MA0048, CA1050

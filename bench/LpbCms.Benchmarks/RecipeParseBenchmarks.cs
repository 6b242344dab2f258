using BenchmarkDotNet.Attributes;
using LpbCms.Core.Recipes;

namespace LpbCms.Benchmarks;

/// <summary>Reading the LPB setup recipe (lenient JSON: comments, trailing commas, case-insensitive keys).</summary>
[MemoryDiagnoser]
public class RecipeParseBenchmarks
{
    private readonly RecipeReader _reader = new();

    [Benchmark]
    public Task<RecipeDescriptor> ReadLpbSiteRecipe() => _reader.ReadFileAsync(BenchmarkData.RecipePath);
}

using BenchmarkDotNet.Attributes;
using LpbCms.Core.Contents;

namespace LpbCms.Benchmarks;

/// <summary>Orchard JSON of the anniversary article: what every API read and write pays.</summary>
[MemoryDiagnoser]
public class ContentJsonBenchmarks
{
    private string _json = "";
    private ContentItem _item = new();

    [GlobalSetup]
    public void Setup()
    {
        _json = BenchmarkData.ArticleJson();
        _item = ContentItemJson.Deserialize(_json);
    }

    [Benchmark]
    public string Serialize() => ContentItemJson.Serialize(_item);

    [Benchmark]
    public ContentItem Deserialize() => ContentItemJson.Deserialize(_json);
}

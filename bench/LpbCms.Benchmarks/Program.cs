using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(LpbCms.Benchmarks.ContentJsonBenchmarks).Assembly).Run(args);

using System.Globalization;
using Sipas.Conformance.Tests.Oracle;
using Sipas.GraphQL.Benchmarks;
using static Sipas.GraphQL.Benchmarks.Measurement;

// Usage: dotnet run -c Release --project bench/Sipas.GraphQL.Benchmarks [-- --seconds 3 --http-seconds 4]
// The last line is a contract relied on by tools: ours_us=<n> graphqljs_us=<n> ratio=<r> http_ratio=<r>
var seconds = TimeSpan.FromSeconds(Option("--seconds", 3));
var httpSeconds = TimeSpan.FromSeconds(Option("--http-seconds", 4));
var root = FindRoot();
var jsDirectory = Path.Combine(root, "tests", "Sipas.Conformance.Tests", "js");
var typicalFile = Path.Combine(root, "bench", "Sipas.GraphQL.Benchmarks", "queries", "typical.graphql");
var typical = await File.ReadAllTextAsync(typicalFile);
var introspection = await NodeBench.IntrospectionQueryAsync(jsDirectory);
var introspectionFile = Path.Combine(Path.GetTempPath(), $"sipas-introspection-{Environment.ProcessId}.graphql");
await File.WriteAllTextAsync(introspectionFile, introspection);
var schema = OracleSchema.Build();

Console.WriteLine($"GraphQL benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {seconds.TotalSeconds:F0} s per in-process measurement");
var jsTypical = await NodeBench.MicrosecondsPerOperationAsync(jsDirectory, typicalFile, seconds);
var jsIntrospection = await NodeBench.MicrosecondsPerOperationAsync(jsDirectory, introspectionFile, seconds);
File.Delete(introspectionFile);
var oursTypical = await InProcessBench.RunAsync(schema, typical, null, cacheDocuments: false, seconds);
var oursIntrospection = await InProcessBench.RunAsync(schema, introspection, null, cacheDocuments: false, seconds);
var oursTypicalCached = await InProcessBench.RunAsync(schema, typical, null, cacheDocuments: true, seconds);
Report("typical nested query, parse+validate+execute", oursTypical, jsTypical);
Report("full introspection query, parse+validate+execute", oursIntrospection, jsIntrospection);
Console.WriteLine($"  ours with the document cache (execute only): {Format(oursTypicalCached.MicrosecondsPerOperation)} us/op wall, {Format(oursTypicalCached.CpuMicrosecondsPerOperation)} us/op CPU");

await using var http = await HttpBench.StartAsync(schema, typical);
await http.VerifySameJsonAsync();
await http.RunAsync("/graphql", TimeSpan.FromSeconds(1));
await http.RunAsync("/plain", TimeSpan.FromSeconds(1));
double graphqlOps = 0, plainOps = 0;
for (var round = 0; round < 2; round++)
{
    graphqlOps += (await http.RunAsync("/graphql", httpSeconds / 2)).OperationsPerSecond / 2;
    plainOps += (await http.RunAsync("/plain", httpSeconds / 2)).OperationsPerSecond / 2;
}

var httpRatio = graphqlOps / plainOps;
Console.WriteLine($"HTTP, loopback, 16 concurrent clients: POST /graphql {Format(graphqlOps, 0)} req/s, minimal API /plain (same JSON) {Format(plainOps, 0)} req/s, ratio {Format(httpRatio, 2)}");
// The summary uses CPU time per operation: on a shared machine wall time mostly measures the neighbours.
Console.WriteLine($"ours_us={Format(oursTypical.CpuMicrosecondsPerOperation)} graphqljs_us={Format(jsTypical.Cpu)} ratio={Format(jsTypical.Cpu / oursTypical.CpuMicrosecondsPerOperation, 2)} http_ratio={Format(httpRatio, 2)}");

static void Report(string what, Measurement ours, (double Wall, double Cpu) graphqlJs)
{
    Console.WriteLine($"{what}:");
    Console.WriteLine($"  wall: ours {Format(ours.MicrosecondsPerOperation)} us/op, graphql-js {Format(graphqlJs.Wall)} us/op, {Format(graphqlJs.Wall / ours.MicrosecondsPerOperation, 2)}x");
    Console.WriteLine($"  CPU:  ours {Format(ours.CpuMicrosecondsPerOperation)} us/op, graphql-js {Format(graphqlJs.Cpu)} us/op, {Format(graphqlJs.Cpu / ours.CpuMicrosecondsPerOperation, 2)}x");
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string FindRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sipas.Orleans.sln")))
            {
                return directory.FullName;
            }
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}

using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Sipas.GraphQL.Tests")]
[assembly: InternalsVisibleTo("Sipas.GraphQL.Benchmarks")]

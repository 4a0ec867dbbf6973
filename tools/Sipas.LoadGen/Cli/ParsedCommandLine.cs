using System.CommandLine;

namespace Sipas.LoadGen.Cli;

/// <summary>The outcome of parsing: options to run with, or errors, or neither (help was asked for).</summary>
internal sealed record ParsedCommandLine(ParseResult Result, LoadGenOptions? Options, IReadOnlyList<string> Errors);

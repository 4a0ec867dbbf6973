namespace Sipas.Conformance.Tests.Infrastructure;

/// <summary>Where the Node harness and the corpus live in the source tree.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ProjectDirectory => Path.Combine(Root, "tests", "Sipas.Conformance.Tests");

    public static string JsDirectory => Path.Combine(ProjectDirectory, "js");

    public static string CorpusDirectory => Path.Combine(ProjectDirectory, "corpus");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sipas.Orleans.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Sipas.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}

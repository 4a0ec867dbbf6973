using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace Sipas.Dashboard.Page;

/// <summary>The page's build embedded in this assembly (see <c>web/Sipas.Dashboard.Web.targets</c>).</summary>
internal sealed class DashboardAssets
{
    private const string Prefix = "DashboardPage/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly Assembly _assembly = typeof(DashboardAssets).Assembly;
    private readonly HashSet<string> _names;
    private readonly ConcurrentDictionary<string, byte[]> _cache = new(StringComparer.Ordinal);

    public DashboardAssets()
    {
        _names = new HashSet<string>(
            _assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
                .Select(name => name[Prefix.Length..].Replace('\\', '/')),
            StringComparer.Ordinal);
    }

    public static DashboardAssets Embedded { get; } = new();

    /// <summary>Whether the page was built into this assembly (it is not when built with SkipDashboardPage=true).</summary>
    public bool IsAvailable => _names.Contains("index.html");

    /// <summary>Finds a file by its path relative to the build output.</summary>
    public bool TryGet(string path, out byte[] content, out string contentType)
    {
        if (!_names.Contains(path))
        {
            content = [];
            contentType = "";
            return false;
        }

        content = _cache.GetOrAdd(path, static (name, self) => self.Read(name), this);
        contentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        return true;
    }

    private byte[] Read(string name)
    {
        using var stream = _assembly.GetManifestResourceStream(Prefix + name)
            ?? _assembly.GetManifestResourceStream(Prefix + name.Replace('/', '\\'))
            ?? throw new FileNotFoundException("The dashboard asset is not embedded.", name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

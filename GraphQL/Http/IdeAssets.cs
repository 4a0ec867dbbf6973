using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.StaticFiles;

namespace Sipas.GraphQL.Http;

/// <summary>The GraphiQL build embedded in this assembly (see <c>ide/Sipas.GraphQL.Ide.targets</c>).</summary>
internal sealed class IdeAssets
{
    private const string Prefix = "GraphQLIde/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly Assembly _assembly = typeof(IdeAssets).Assembly;
    private readonly HashSet<string> _names;
    private readonly ConcurrentDictionary<string, byte[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _pages = new(StringComparer.Ordinal);

    public IdeAssets()
    {
        _names = new HashSet<string>(
            _assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
                .Select(name => name[Prefix.Length..].Replace('\\', '/')),
            StringComparer.Ordinal);
    }

    /// <summary>Whether the IDE was built into this assembly (it is not when built with SkipGraphQLIde=true).</summary>
    public bool IsAvailable => _names.Contains("index.html");

    /// <summary>The IDE page with a base address under which its assets are served.</summary>
    /// <param name="assetsBase">The absolute path of the assets, ending with a slash.</param>
    public byte[] Page(string assetsBase) => _pages.GetOrAdd(assetsBase, static (path, self) =>
    {
        var html = System.Text.Encoding.UTF8.GetString(self.Read("index.html"));
        var baseTag = $"<head>\n    <base href=\"{HtmlEncoder.Default.Encode(path)}\" />";
        return System.Text.Encoding.UTF8.GetBytes(html.Replace("<head>", baseTag, StringComparison.Ordinal));
    }, this);

    /// <summary>Finds an asset by its path relative to the build output.</summary>
    public bool TryGet(string path, out byte[] content, out string contentType)
    {
        if (!_names.Contains(path) || path == "index.html")
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
            ?? throw new FileNotFoundException("The GraphiQL asset is not embedded.", name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

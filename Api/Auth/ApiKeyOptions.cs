namespace Sipas.Api.Auth;

/// <summary>Where the first national key goes (section <c>Auth</c>).</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Auth";

    /// <summary>The file the national admin key is written to on first start (owner-only). Null: nowhere, printed only.</summary>
    public string? AdminKeyFile { get; set; }
}

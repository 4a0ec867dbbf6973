namespace Sipas.Api.Auth;

/// <summary>A key just created: <see cref="Secret"/> is the bearer token, shown this once and never stored.</summary>
public sealed record NewApiKey(ApiKey Key, string Secret);

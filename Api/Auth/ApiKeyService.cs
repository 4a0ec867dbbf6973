using System.Buffers.Text;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Sipas.Grains.Access;

namespace Sipas.Api.Auth;

/// <summary>
/// Creates, revokes and checks API keys. A key reads <c>sipas_&lt;id&gt;_&lt;secret&gt;</c>: the id finds the
/// stored row, and the SHA-256 of the whole key must match its hash (compared in constant time). The secret carries
/// 256 random bits, so a fast hash is enough: there is nothing to brute-force. Active keys are cached in memory;
/// every change goes to the store first.
/// </summary>
public sealed class ApiKeyService(ApiKeyStore store, TimeProvider clock) : IKeyRevocations
{
    private const string Prefix = "sipas_";
    private readonly SemaphoreSlim _writes = new(1, 1);
    private volatile FrozenDictionary<string, ApiKey> _keys = FrozenDictionary<string, ApiKey>.Empty;
    private volatile IReadOnlyList<ApiKey> _all = [];

    /// <summary>Every key ever made, newest last (revoked ones included).</summary>
    public IReadOnlyList<ApiKey> All => _all;

    /// <summary>Loads the keys; call once at start before the first request.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await store.EnsureSchemaAsync(cancellationToken);
        Publish(await store.ListAsync(cancellationToken));
    }

    /// <summary>True when the key with <paramref name="keyId"/> exists and has been revoked.</summary>
    public bool IsRevoked(string keyId) => _keys.TryGetValue(keyId, out var key) && !key.IsActive;

    /// <summary>The caller a bearer token stands for, or null when it is malformed, unknown or revoked.</summary>
    public Caller? Authenticate(string? token)
    {
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var separator = token.IndexOf('_', Prefix.Length);
        if (separator < 0 || !_keys.TryGetValue(token[Prefix.Length..separator], out var key) || !key.IsActive)
        {
            return null;
        }

        var expected = Convert.FromHexString(key.Hash);
        return CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(token))) ? key.ToCaller() : null;
    }

    public async Task<NewApiKey> CreateAsync(Role role, string? unit, string name, string? createdBy, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = $"{Prefix}{id}_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
        var key = new ApiKey(id, name, role, role == Role.National ? null : unit, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))),
            clock.GetUtcNow(), createdBy, RevokedAt: null);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await store.InsertAsync(key, cancellationToken);
            Publish([.. _all, key]);
        }
        finally
        {
            _writes.Release();
        }

        return new NewApiKey(key, secret);
    }

    /// <summary>Revokes a key at once; false when no active key has that id.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var at = clock.GetUtcNow();
            if (!await store.RevokeAsync(id, at, cancellationToken))
            {
                return false;
            }

            Publish([.. _all.Select(k => k.Id == id ? k with { RevokedAt = at } : k)]);
            return true;
        }
        finally
        {
            _writes.Release();
        }
    }

    private void Publish(IReadOnlyList<ApiKey> keys)
    {
        _all = keys;
        _keys = keys.ToFrozenDictionary(k => k.Id, StringComparer.Ordinal);
    }

}

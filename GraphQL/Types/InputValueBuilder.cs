namespace Sipas.GraphQL.Types;

internal sealed record InputValueBuilder(
    string Name, string Type, string? Description, object? DefaultValue, bool HasDefault, string? DeprecationReason);

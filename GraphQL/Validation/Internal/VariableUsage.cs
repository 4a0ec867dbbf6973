using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>A variable used in a value position, with the input type and default value expected there.</summary>
internal readonly record struct VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    bool HasDefaultValue,
    GraphQLType? ParentType);

using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5). Stub created by the engine work so the
/// executor compiles; the validation work owns this file and replaces it with the rules.
/// </summary>
public static class DocumentValidator
{
    /// <summary>Returns every validation error of the document (empty when valid).</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The parsed document.</param>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}

using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (GraphQL specification, section 5), reporting errors with
/// graphql-js 16's messages, locations and order. Every rule shares one walk over the document.
/// </summary>
public static class DocumentValidator
{
    private const string TooComplex = "The document is too deeply nested to validate.";

    /// <summary>Validates <paramref name="document"/>; an empty list means it is valid.</summary>
    /// <param name="schema">The schema the document will run against.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="options">Rules to run and limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The validation errors, at most <see cref="ValidationOptions.MaxErrors"/> plus one "too many" error.</returns>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var context = new ValidationContext(schema, document, options);
        var walker = new ValidationWalker(context, context.TypeInfo, RuleCatalog.Create(context, options.Rules), options.Rules);
        try
        {
            walker.WalkDocument(document);
        }
        catch (ValidationAbortedException)
        {
            // A work budget ran out on a pathological document (graphql-js 16.15 behaves the same).
            context.AddAbortError();
        }
        catch (InsufficientExecutionStackException)
        {
            // Recursion (nesting, fragment chains) deeper than the stack allows: reject rather than crash.
            context.ReportError(TooComplex, []);
        }

        return context.Errors;
    }
}

using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL;

/// <summary>A parsed, validated and limit-checked request, ready to execute (or its request errors).</summary>
public sealed class PreparedRequest
{
    internal PreparedRequest(GraphQLRequest request, IReadOnlyList<GraphQLError> errors, DocumentNode? document, OperationDefinitionNode? operation)
    {
        Request = request;
        Errors = errors;
        Document = document;
        Operation = operation;
    }

    /// <summary>The request.</summary>
    public GraphQLRequest Request { get; }

    /// <summary>Request errors (syntax, validation, limits, operation selection); empty when the request can run.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether the request can run.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The parsed document, when it parsed.</summary>
    public DocumentNode? Document { get; }

    /// <summary>The selected operation, when valid.</summary>
    public OperationDefinitionNode? Operation { get; }

    /// <summary>The selected operation's type (null when invalid): the HTTP layer refuses mutations over GET with it.</summary>
    public OperationType? OperationType => Operation?.Operation;
}

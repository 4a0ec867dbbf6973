using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;


namespace Sipas.GraphQL.Validation.Internal;

/// <summary>
/// What rules share during one validation: the schema, the document, the current type information, the errors,
/// and caches of fragment spreads, referenced fragments and variable usages (computed once, as graphql-js does).
/// </summary>
internal sealed partial class ValidationContext
{
    private const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;

    public ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        _maxErrors = options.MaxErrors;
        TypeInfo = new TypeInfo(schema);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>The suggestions of a "Did you mean …?" suffix, or none when suggestions are hidden.</summary>
    public string DidYouMean(string input, IEnumerable<string> options, string? subMessage = null) =>
        Options.HideSuggestions ? string.Empty : Suggestions.DidYouMean(Suggestions.List(input, options), subMessage);

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>True once the error limit was reached; the walker stops.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>The node owning the selection set being entered (operation, field, fragment).</summary>
    public AstNode? SelectionSetOwner { get; set; }

    /// <summary>The node whose directives are being walked (for directive locations).</summary>
    public AstNode? DirectiveOwner { get; set; }

    public void ReportError(string message, AstNode node) => ReportError(message, [node]);

    public void ReportError(string message, AstNode first, AstNode second) => ReportError(message, [first, second]);

    public void ReportError(string message, IReadOnlyList<AstNode> nodes)
    {
        if (IsAborted)
        {
            return;
        }

        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError(TooManyErrors));
            IsAborted = true;
            return;
        }

        var locations = new SourceLocation[nodes.Count];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = nodes[i].Location.StartLocation;
        }

        _errors.Add(new GraphQLError(message, locations));
    }

    /// <summary>Adds graphql-js's "Validation aborted." error (no location) and stops.</summary>
    public void AddAbortError()
    {
        if (!IsAborted)
        {
            _errors.Add(new GraphQLError("Validation aborted."));
            IsAborted = true;
        }
    }

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    // The last definition wins, as in graphql-js (duplicates are reported by UniqueFragmentNames).
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }
}

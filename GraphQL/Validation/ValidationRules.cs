namespace Sipas.GraphQL.Validation;

/// <summary>
/// The validation rules of the GraphQL specification, section 5 (graphql-js names). Flags, so a caller can run a
/// subset; they always run in the specification's order (graphql-js's <c>specifiedRules</c>), which fixes the order
/// of the reported errors.
/// </summary>
[Flags]
#pragma warning disable CA1711 // the "Rules" suffix names what the flags are
public enum ValidationRules : long
#pragma warning restore CA1711
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary>Only operations and fragments may be defined (5.1.1).</summary>
    ExecutableDefinitions = 1L << 0,

    /// <summary>Operation names are unique (5.2.1.1).</summary>
    UniqueOperationNames = 1L << 1,

    /// <summary>An anonymous operation is the only operation (5.2.2.1).</summary>
    LoneAnonymousOperation = 1L << 2,

    /// <summary>A subscription selects exactly one root field, not an introspection field (5.2.3.1).</summary>
    SingleFieldSubscriptions = 1L << 3,

    /// <summary>Named types exist in the schema (5.5.1.2, 5.8.2).</summary>
    KnownTypeNames = 1L << 4,

    /// <summary>Fragments condition on object, interface or union types (5.5.1.3).</summary>
    FragmentsOnCompositeTypes = 1L << 5,

    /// <summary>Variables have input types (5.8.2).</summary>
    VariablesAreInputTypes = 1L << 6,

    /// <summary>Leaf fields have no selection, composite fields have one (5.3.3).</summary>
    ScalarLeafs = 1L << 7,

    /// <summary>Selected fields exist on their parent type (5.3.1).</summary>
    FieldsOnCorrectType = 1L << 8,

    /// <summary>Fragment names are unique (5.5.1.1).</summary>
    UniqueFragmentNames = 1L << 9,

    /// <summary>Spread fragments are defined (5.5.2.1).</summary>
    KnownFragmentNames = 1L << 10,

    /// <summary>Every fragment is used (5.5.1.4).</summary>
    NoUnusedFragments = 1L << 11,

    /// <summary>A fragment spread can apply to its parent type (5.5.2.3).</summary>
    PossibleFragmentSpreads = 1L << 12,

    /// <summary>Fragments do not spread themselves (5.5.2.2).</summary>
    NoFragmentCycles = 1L << 13,

    /// <summary>Variable names are unique per operation (5.8.1).</summary>
    UniqueVariableNames = 1L << 14,

    /// <summary>Every used variable is defined (5.8.3).</summary>
    NoUndefinedVariables = 1L << 15,

    /// <summary>Every defined variable is used (5.8.4).</summary>
    NoUnusedVariables = 1L << 16,

    /// <summary>Directives exist and sit in an allowed location (5.7.1, 5.7.2).</summary>
    KnownDirectives = 1L << 17,

    /// <summary>A non-repeatable directive appears once per location (5.7.3).</summary>
    UniqueDirectivesPerLocation = 1L << 18,

    /// <summary>Arguments exist on their field or directive (5.4.1).</summary>
    KnownArgumentNames = 1L << 19,

    /// <summary>Argument names are unique (5.4.2).</summary>
    UniqueArgumentNames = 1L << 20,

    /// <summary>Literal values fit their input types (5.6.1).</summary>
    ValuesOfCorrectType = 1L << 21,

    /// <summary>Required arguments are provided (5.4.2.1).</summary>
    ProvidedRequiredArguments = 1L << 22,

    /// <summary>Variables are used where their type is allowed (5.8.5).</summary>
    VariablesInAllowedPosition = 1L << 23,

    /// <summary>Fields with the same response name can be merged (5.3.2).</summary>
    OverlappingFieldsCanBeMerged = 1L << 24,

    /// <summary>Input object field names are unique (5.6.3).</summary>
    UniqueInputFieldNames = 1L << 25,

    /// <summary>
    /// Introspection queries nest the <c>fields</c>/<c>interfaces</c>/<c>possibleTypes</c>/<c>inputFields</c> lists at
    /// most 3 deep (graphql-js's recommended rule, part of its specified rules since 16.9).
    /// </summary>
    MaxIntrospectionDepth = 1L << 26,

    /// <summary>Every rule, as graphql-js 16's <c>specifiedRules</c>.</summary>
    All = (1L << 27) - 1,
}

namespace Sipas.GraphQL.Language.Ast;

/// <summary>The kind of an AST node, as graphql-js names them.</summary>
public enum NodeKind
{
    /// <summary>Name.</summary>
    Name,
    /// <summary>Document.</summary>
    Document,
    /// <summary>OperationDefinition.</summary>
    OperationDefinition,
    /// <summary>VariableDefinition.</summary>
    VariableDefinition,
    /// <summary>SelectionSet.</summary>
    SelectionSet,
    /// <summary>Field.</summary>
    Field,
    /// <summary>Argument.</summary>
    Argument,
    /// <summary>FragmentSpread.</summary>
    FragmentSpread,
    /// <summary>InlineFragment.</summary>
    InlineFragment,
    /// <summary>FragmentDefinition.</summary>
    FragmentDefinition,
    /// <summary>Variable.</summary>
    Variable,
    /// <summary>IntValue.</summary>
    IntValue,
    /// <summary>FloatValue.</summary>
    FloatValue,
    /// <summary>StringValue.</summary>
    StringValue,
    /// <summary>BooleanValue.</summary>
    BooleanValue,
    /// <summary>NullValue.</summary>
    NullValue,
    /// <summary>EnumValue.</summary>
    EnumValue,
    /// <summary>ListValue.</summary>
    ListValue,
    /// <summary>ObjectValue.</summary>
    ObjectValue,
    /// <summary>ObjectField.</summary>
    ObjectField,
    /// <summary>Directive.</summary>
    Directive,
    /// <summary>NamedType.</summary>
    NamedType,
    /// <summary>ListType.</summary>
    ListType,
    /// <summary>NonNullType.</summary>
    NonNullType,
    /// <summary>TypeSystemDefinition.</summary>
    TypeSystemDefinition,
}

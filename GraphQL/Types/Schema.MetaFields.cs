namespace Sipas.GraphQL.Types;

/// <content>The meta fields <c>__schema</c>, <c>__type</c> and <c>__typename</c> (graphql-js <c>getFieldDef</c>).</content>
public sealed partial class Schema
{
    private FieldDefinition? _schemaMetaField;
    private FieldDefinition? _typeMetaField;
    private FieldDefinition? _typeNameMetaField;

    /// <summary>Creates the meta fields up front, so every reader sees the same instances.</summary>
    private void CreateMetaFields()
    {
        _ = SchemaMetaField;
        _ = TypeMetaField;
        _ = TypeNameMetaField;
    }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public FieldDefinition SchemaMetaField => _schemaMetaField ??= new FieldDefinition("__schema", "Access the current type schema of this server.", null, [])
    {
        Type = new NonNullType(GetType("__Schema")!),
        Resolver = static context => new ValueTask<object?>(context.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public FieldDefinition TypeMetaField => _typeMetaField ??= new FieldDefinition(
        "__type", "Request the type information of a single type.", null, [DirectiveDefinition.Argument("name", ScalarType.String, nonNull: true)])
    {
        Type = GetType("__Type")!,
        Resolver = static context => new ValueTask<object?>(context.Schema.GetType(context.Argument<string>("name"))),
    };

    /// <summary><c>__typename: String!</c>, available on every composite type.</summary>
    public FieldDefinition TypeNameMetaField => _typeNameMetaField ??= new FieldDefinition(
        "__typename", "The name of the current Object type at runtime.", null, [])
    {
        Type = new NonNullType(ScalarType.String),
        Resolver = static context => new ValueTask<object?>(context.ParentType.Name),
    };

    /// <summary>Finds the definition of a field selected on a composite type, meta fields included.</summary>
    /// <param name="parentType">An object, interface or union type.</param>
    /// <param name="fieldName">The field name.</param>
    public FieldDefinition? GetFieldDefinition(NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.Length > 1 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__schema" when ReferenceEquals(parentType, QueryType):
                    return SchemaMetaField;
                case "__type" when ReferenceEquals(parentType, QueryType):
                    return TypeMetaField;
                case "__typename" when parentType.IsCompositeType:
                    return TypeNameMetaField;
                default:
                    break;
            }
        }

        return (parentType as ComplexType)?.GetField(fieldName);
    }
}

using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Introspection;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Types;

/// <content>Resolving references and building the schema.</content>
public sealed partial class SchemaBuilder
{
    /// <summary>Resolves the type references, validates the type system and returns the schema.</summary>
    /// <exception cref="SchemaValidationException">The type system is invalid; the exception lists every problem.</exception>
    public Schema Build()
    {
        var errors = new List<string>();
        var definitions = new List<object>(_definitions);
        IntrospectionTypes.AddDefinitions(definitions);
        var types = CreateTypes(definitions, errors);
        var defaults = new List<(InputValueDefinition Value, InputValueBuilder Builder, string Coordinate)>();
        foreach (var definition in definitions)
        {
            Fill(definition, types, errors, defaults);
        }

        // Defaults last: an input object's fields must be known before a default value of that type is converted.
        foreach (var (value, builder, coordinate) in defaults)
        {
            ApplyDefault(value, builder, coordinate, errors);
        }

        var query = RootType(_queryName, "Query", types, errors, required: true);
        var mutation = RootType(_mutationName, "Mutation", types, errors, required: false);
        var subscription = RootType(_subscriptionName, "Subscription", types, errors, required: false);
        var directives = new List<DirectiveDefinition>(DirectiveDefinition.Specified);
        directives.AddRange(_directives);
        if (errors.Count > 0 || query is null)
        {
            throw new SchemaValidationException(errors.Count > 0 ? errors : ["Query root type must be provided."]);
        }

        var ordered = OrderTypes(query, mutation, subscription, directives, types, definitions);
        var schema = new Schema(query, mutation, subscription, ordered, directives, _description);
        SchemaValidator.Validate(schema, errors);
        return errors.Count > 0 ? throw new SchemaValidationException(errors) : schema;
    }

    private static Dictionary<string, NamedType> CreateTypes(List<object> definitions, List<string> errors)
    {
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in ScalarType.BuiltIns)
        {
            types[scalar.Name] = scalar;
        }

        foreach (var definition in definitions)
        {
            NamedType type = definition switch
            {
                ObjectTypeBuilder o => new ObjectType(o.Name, o.DescriptionText, o.IsTypeOfFunc),
                InterfaceTypeBuilder i => new InterfaceType(i.Name, i.DescriptionText, i.Resolver),
                UnionDefinition u => new UnionType(u.Name, u.Description, u.ResolveType),
                EnumTypeBuilder e => new EnumType(e.Name, e.DescriptionText, e.Values),
                InputObjectTypeBuilder i => new InputObjectType(i.Name, i.DescriptionText, i.IsOneOf),
                ScalarType s => s,
                _ => throw new InvalidOperationException("Unknown definition."),
            };
            if (types.TryGetValue(type.Name, out var existing) && !ReferenceEquals(existing, type))
            {
                errors.Add($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
                continue;
            }

            types[type.Name] = type;
        }

        return types;
    }

    private static void Fill(object definition, Dictionary<string, NamedType> types, List<string> errors, List<(InputValueDefinition, InputValueBuilder, string)> defaults)
    {
        switch (definition)
        {
            case ComplexTypeBuilder builder when types[builder.Name] is ComplexType complex:
                complex.Interfaces = ResolveInterfaces(builder, types, errors);
                complex.SetFields(builder.Fields.ConvertAll(f => BuildField(builder.Name, f, types, errors, defaults)));
                break;
            case UnionDefinition union when types[union.Name] is UnionType unionType:
                var members = new List<ObjectType>();
                foreach (var member in union.Members)
                {
                    if (types.GetValueOrDefault(member) is ObjectType memberType)
                    {
                        members.Add(memberType);
                    }
                    else
                    {
                        errors.Add($"Union type {union.Name} can only include Object types, it cannot include {member}.");
                    }
                }

                unionType.Types = members;
                break;
            case InputObjectTypeBuilder input when types[input.Name] is InputObjectType inputType:
                inputType.SetFields(input.Fields.ConvertAll(f => BuildInputValue($"{input.Name}.{f.Name}", f, types, errors, defaults)));
                break;
            default:
                break;
        }
    }

    private static List<InterfaceType> ResolveInterfaces(ComplexTypeBuilder builder, Dictionary<string, NamedType> types, List<string> errors)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var name in builder.InterfaceNames)
        {
            if (types.GetValueOrDefault(name) is InterfaceType iface)
            {
                interfaces.Add(iface);
            }
            else
            {
                errors.Add($"Type {builder.Name} must only implement Interface types, it cannot implement {name}.");
            }
        }

        return interfaces;
    }

    private static FieldDefinition BuildField(
        string typeName, FieldBuilder builder, Dictionary<string, NamedType> types, List<string> errors, List<(InputValueDefinition, InputValueBuilder, string)> defaults)
    {
        var arguments = builder.Arguments.ConvertAll(a => BuildInputValue($"{typeName}.{builder.Name}({a.Name}:)", a, types, errors, defaults));
        var field = new FieldDefinition(builder.Name, builder.DescriptionText, builder.DeprecationReason, arguments)
        {
            Type = ResolveTypeReference(builder.TypeReference, $"{typeName}.{builder.Name}", types, errors),
            Resolver = builder.Resolver,
            Subscriber = builder.Subscriber,
            ListCostMultiplier = builder.ListCostValue,
        };
        return field;
    }

    private static InputValueDefinition BuildInputValue(
        string coordinate, InputValueBuilder builder, Dictionary<string, NamedType> types, List<string> errors, List<(InputValueDefinition, InputValueBuilder, string)> defaults)
    {
        var type = ResolveTypeReference(builder.Type, coordinate, types, errors);
        var value = new InputValueDefinition(builder.Name, builder.Description, builder.DeprecationReason) { Type = type };
        if (builder.HasDefault)
        {
            defaults.Add((value, builder, coordinate));
        }

        return value;
    }

    private static void ApplyDefault(InputValueDefinition value, InputValueBuilder builder, string coordinate, List<string> errors)
    {
        try
        {
            var literal = builder.DefaultValue as ValueNode ?? ValueCoercion.AstFromValue(builder.DefaultValue, value.Type);
            value.DefaultValue = literal;
            if (value.Type.IsInputType)
            {
                value.CoercedDefaultValue = ValueCoercion.CoerceLiteral(literal, value.Type, null);
            }
        }
        catch (CoercionException ex)
        {
            errors.Add($"{coordinate} has an invalid default value: {ex.Message}");
        }
    }

    private static GraphQLType ResolveTypeReference(string reference, string coordinate, Dictionary<string, NamedType> types, List<string> errors)
    {
        TypeNode node;
        try
        {
            node = Parser.ParseType(reference);
        }
        catch (GraphQLSyntaxException ex)
        {
            errors.Add($"The type of {coordinate} is not a valid type reference \"{reference}\": {ex.Message}");
            return ScalarType.String;
        }

        return Resolve(node);

        GraphQLType Resolve(TypeNode typeNode) => typeNode switch
        {
            NonNullTypeNode n => new NonNullType(Resolve(n.Type)),
            ListTypeNode l => new ListType(Resolve(l.Type)),
            NamedTypeNode n when types.TryGetValue(n.Name.Value, out var named) => named,
            NamedTypeNode n => Unknown(n.Name.Value),
            _ => ScalarType.String,
        };

        GraphQLType Unknown(string name)
        {
            errors.Add($"Unknown type \"{name}\" referenced by {coordinate}.");
            return ScalarType.String;
        }
    }

    private static ObjectType? RootType(string? name, string operation, Dictionary<string, NamedType> types, List<string> errors, bool required)
    {
        if (name is null)
        {
            if (required)
            {
                errors.Add($"{operation} root type must be provided.");
            }

            return null;
        }

        if (types.GetValueOrDefault(name) is ObjectType root)
        {
            return root;
        }

        errors.Add($"{operation} root type must be Object type, it cannot be {name}.");
        return null;
    }
}

namespace Sipas.GraphQL.Types;

/// <summary>
/// An immutable, validated schema: root types, every named type (introspection types included, in graphql-js type
/// map order) and the directives. Build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed partial class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _interfaceImplementations = [];

    internal Schema(
        ObjectType query, ObjectType? mutation, ObjectType? subscription, IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives, string? description)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Types = types;
        Directives = directives;
        Description = description;
        _types = new Dictionary<string, NamedType>(types.Count, StringComparer.Ordinal);
        foreach (var type in types)
        {
            _types[type.Name] = type;
        }

        _directivesByName = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        IndexPossibleTypes();
        CreateMetaFields();
    }

    /// <summary>The query root type.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The mutation root type, if any.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, if any.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>The schema description, if any.</summary>
    public string? Description { get; }

    /// <summary>Every named type, introspection types included, in type map order.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>The directives (the specified ones first).</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Finds a named type.</summary>
    /// <param name="name">The name.</param>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>Finds a directive.</summary>
    /// <param name="name">The name, without <c>@</c>.</param>
    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The root type of an operation type, or null when the schema has none.</summary>
    /// <param name="operation">The operation type.</param>
    public ObjectType? GetRootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryType,
        Language.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an abstract type may resolve to (union members, or interface implementations).</summary>
    /// <param name="abstractType">A union or interface.</param>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>The interfaces that implement an interface.</summary>
    /// <param name="interfaceType">The interface.</param>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfaceImplementations.TryGetValue(interfaceType, out var types) ? types : [];

    /// <summary>Whether a type is a possible type of an abstract type (graphql-js <c>isSubType</c>).</summary>
    /// <param name="abstractType">A union or interface.</param>
    /// <param name="maybeSubType">An object or interface type.</param>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(maybeSubType);
        if (maybeSubType is InterfaceType subInterface && abstractType is InterfaceType superInterface)
        {
            return subInterface.Implements(superInterface);
        }

        foreach (var type in GetPossibleTypes(abstractType))
        {
            if (ReferenceEquals(type, maybeSubType))
            {
                return true;
            }
        }

        return false;
    }

    private void IndexPossibleTypes()
    {
        var objects = new Dictionary<NamedType, List<ObjectType>>();
        var interfaces = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in Types)
        {
            switch (type)
            {
                case UnionType union:
                    objects[union] = [.. union.Types];
                    break;
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        (objects.TryGetValue(iface, out var list) ? list : objects[iface] = []).Add(obj);
                    }

                    break;
                case InterfaceType sub:
                    foreach (var iface in sub.Interfaces)
                    {
                        (interfaces.TryGetValue(iface, out var list) ? list : interfaces[iface] = []).Add(sub);
                    }

                    break;
                default:
                    break;
            }
        }

        foreach (var (key, list) in objects)
        {
            _possibleTypes[key] = list;
        }

        foreach (var (key, list) in interfaces)
        {
            _interfaceImplementations[key] = list;
        }
    }
}

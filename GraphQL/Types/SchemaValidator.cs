using System.Text.RegularExpressions;

namespace Sipas.GraphQL.Types;

/// <summary>Validates a type system (graphql-js <c>validateSchema</c>), with graphql-js messages.</summary>
internal static partial class SchemaValidator
{
    public static void Validate(Schema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, errors, allowReserved: directive.IsSpecified);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            }
        }

        foreach (var type in schema.Types)
        {
            var introspection = type.Name.StartsWith("__", StringComparison.Ordinal);
            ValidateName(type.Name, errors, introspection);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors, introspection);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    break;
                default:
                    break;
            }
        }
    }

    private static void ValidateName(string name, List<string> errors, bool allowReserved)
    {
        if (!allowReserved && name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
        else if (!NamePattern().IsMatch(name))
        {
            errors.Add($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
        }
    }

    private static void ValidateFields(ComplexType type, List<string> errors, bool introspection)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors, introspection);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, errors, introspection);
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    errors.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, List<string> errors)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Implements(transitive))
                {
                    errors.Add(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
            }

            ValidateImplementation(schema, type, iface, errors);
        }
    }

    private static void ValidateImplementation(Schema schema, ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var field = type.GetField(ifaceField.Name);
            if (field is null)
            {
                errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, field.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.");
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var arg = field.GetArgument(ifaceArg.Name);
                if (arg is null)
                {
                    errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{field.Name} does not provide it.");
                }
                else if (!TypeComparators.IsEqualType(ifaceArg.Type, arg.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{field.Name}({arg.Name}:) is type {arg.Type}.");
                }
            }

            foreach (var arg in field.Arguments)
            {
                if (arg.IsRequired && ifaceField.GetArgument(arg.Name) is null)
                {
                    errors.Add($"Object field {type.Name}.{field.Name} includes required argument {arg.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.");
                }
            }
        }
    }

    private static void ValidateUnion(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        var seen = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }
    }

    private static void ValidateEnum(EnumType type, List<string> errors)
    {
        if (type.Values.Count == 0)
        {
            errors.Add($"Enum type {type.Name} must define one or more values.");
        }

        foreach (var value in type.Values)
        {
            ValidateName(value.Name, errors, type.Name.StartsWith("__", StringComparison.Ordinal));
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add($"Enum type {type.Name} cannot include value: {value.Name}.");
            }
        }
    }

    private static void ValidateInputObject(InputObjectType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Input Object type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors, allowReserved: false);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add($"Required input field {type.Name}.{field.Name} cannot be deprecated.");
            }

            if (type.IsOneOf && field.Type is NonNullType)
            {
                errors.Add($"OneOf input field {type.Name}.{field.Name} must be nullable.");
            }

            if (type.IsOneOf && field.HasDefaultValue)
            {
                errors.Add($"OneOf input field {type.Name}.{field.Name} cannot have a default value.");
            }
        }

        ValidateInputCycles(type, type, [], [], errors);
    }

    private static void ValidateInputCycles(InputObjectType root, InputObjectType type, HashSet<InputObjectType> visiting, List<string> path, List<string> errors)
    {
        if (!visiting.Add(type))
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.Type is NonNullType { OfType: InputObjectType next })
            {
                path.Add(field.Name);
                if (ReferenceEquals(next, root))
                {
                    errors.Add($"Cannot reference Input Object \"{root.Name}\" within itself through a series of non-null fields: \"{string.Join('.', path)}\".");
                }
                else
                {
                    ValidateInputCycles(root, next, visiting, path, errors);
                }

                path.RemoveAt(path.Count - 1);
            }
        }
    }

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();
}

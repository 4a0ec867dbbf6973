using System.Collections;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Execution;

/// <content>CompleteValue (spec 6.4.3): non-null checks, lists, leaves, objects and abstract types.</content>
internal static partial class Executor
{
    private static object? CompleteValue(
        ExecutionContext context, GraphQLType type, FieldPlan field, ResolveContext resolveContext, object? value, FieldPath path,
        object container, int index, bool nonNullSlot, List<WorkItem> next)
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                context.AddError(
                    new GraphQLError($"Cannot return null for non-nullable field {resolveContext.ParentType.Name}.{field.Definition.Name}.", field.Locations, path.ToList()),
                    container,
                    index);
                return Invalid;
            }

            return CompleteValue(context, nonNull.OfType, field, resolveContext, value, path, container, index, true, next);
        }

        if (value is null)
        {
            return null;
        }

        try
        {
            return type switch
            {
                ListType list => CompleteList(context, list, field, resolveContext, value, path, container, index, nonNullSlot, next),
                ScalarType scalar => scalar.Serialize(value),
                EnumType enumType => enumType.Serialize(value),
                ObjectType objectType => CompleteObject(context, objectType, field, value, path, container, index, nonNullSlot, next),
                _ => CompleteObject(context, ResolveRuntimeType(context, (NamedType)type, field, resolveContext, value), field, value, path, container, index, nonNullSlot, next),
            };
        }
        catch (NullPropagationException)
        {
            return Invalid;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.AddError(ErrorFromException(context, ex, field, path), container, index);
            return Invalid;
        }
    }

    private static ResultList CompleteList(
        ExecutionContext context, ListType type, FieldPlan field, ResolveContext resolveContext, object value, FieldPath path,
        object container, int index, bool nonNullSlot, List<WorkItem> next)
    {
        if (value is string or IDictionary || value is not IEnumerable enumerable)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{resolveContext.ParentType.Name}.{field.Definition.Name}\".");
        }

        var items = value as IList ?? enumerable.Cast<object?>().ToList();
        var list = new ResultList(items.Count, container, index, nonNullSlot);
        var itemType = type.OfType;
        for (var i = 0; i < items.Count; i++)
        {
            var completed = CompleteValue(context, itemType, field, resolveContext, items[i], path.Append(i), list, i, false, next);
            if (completed != Invalid)
            {
                list.RawValues[i] = completed;
            }
            else if (itemType is NonNullType)
            {
                // A non-null item failed: the whole list is null (its slot handles the rest).
                list.IsNulled = true;
                context.AnyNulled = true;
                throw new NullPropagationException();
            }
        }

        return list;
    }

    private static ResultMap CompleteObject(
        ExecutionContext context, ObjectType type, FieldPlan field, object value, FieldPath path, object container, int index, bool nonNullSlot,
        List<WorkItem> next)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            throw new GraphQLException($"Expected value of type \"{type.Name}\" but got: {Inspector.Inspect(value)}.");
        }

        var plan = field.GetSubPlan(context, type);
        var map = new ResultMap(plan.Keys, container, index, nonNullSlot);
        next.Add(new WorkItem(plan, type, value, map, path, 0, plan.Fields.Length));
        return map;
    }

    private static ObjectType ResolveRuntimeType(ExecutionContext context, NamedType abstractType, FieldPlan field, ResolveContext resolveContext, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var name = resolver is not null ? resolver(value, resolveContext) : DefaultTypeName(context.Schema, abstractType, value);
        if (name is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{resolveContext.ParentType.Name}.{field.Definition.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtimeType = context.Schema.GetType(name);
        if (runtimeType is null)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.");
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".");
        }

        if (!context.Schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return objectType;
    }

    private static string? DefaultTypeName(Schema schema, NamedType abstractType, object value)
    {
        if (value is IReadOnlyDictionary<string, object?> dictionary && dictionary.TryGetValue("__typename", out var typeName) && typeName is string name)
        {
            return name;
        }

        var possible = schema.GetPossibleTypes(abstractType);
        foreach (var type in possible)
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value))
            {
                return type.Name;
            }
        }

        // Convenience for C#: a CLR type named like the object type.
        var clrName = value.GetType().Name;
        foreach (var type in possible)
        {
            if (type.IsTypeOf is null && type.Name == clrName)
            {
                return type.Name;
            }
        }

        return null;
    }
}

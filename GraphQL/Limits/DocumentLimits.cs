using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Limits;

/// <summary>Static checks of a parsed document against the executor's limits: aliases, depth and cost.</summary>
internal static class DocumentLimits
{
    public static void Check(Schema schema, DocumentNode document, GraphQLExecutorOptions options, List<GraphQLError> errors)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var aliases = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }

            if (definition is ExecutableDefinitionNode executable)
            {
                aliases += CountAliases(executable.SelectionSet);
            }
        }

        if (aliases > options.MaxAliases)
        {
            errors.Add(LimitErrors.Create($"Document uses {aliases} aliases, more than the limit of {options.MaxAliases}.", "aliases"));
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            var walker = new Walker(schema, fragments, options);
            var root = schema.GetRootType(operation.Operation);
            var (depth, cost) = walker.Measure(operation.SelectionSet, root, 0, []);
            var name = operation.Name is null ? "Operation" : $"Operation \"{operation.Name.Value}\"";
            var location = new[] { operation.Location.StartLocation };
            if (depth > options.MaxDepth)
            {
                errors.Add(LimitErrors.Create($"{name} has depth {depth}, more than the maximum depth of {options.MaxDepth}.", "depth", location));
            }

            if (cost > options.MaxFieldCost)
            {
                errors.Add(LimitErrors.Create($"{name} has cost {cost}, more than the maximum cost of {options.MaxFieldCost}.", "cost", location));
            }
        }
    }

    private static int CountAliases(SelectionSetNode set)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    count += field.Alias is null ? 0 : 1;
                    count += field.SelectionSet is null ? 0 : CountAliases(field.SelectionSet);
                    break;
                case InlineFragmentNode inline:
                    count += CountAliases(inline.SelectionSet);
                    break;
                default:
                    break;
            }
        }

        return count;
    }

    private sealed class Walker(Schema schema, Dictionary<string, FragmentDefinitionNode> fragments, GraphQLExecutorOptions options)
    {
        // Each fragment is measured once (relative depth and cost), so fragments spread many times cannot blow up.
        private readonly Dictionary<string, (int Depth, long Cost)> _fragmentMeasures = new(StringComparer.Ordinal);

        /// <summary>Returns the depth and the cost of a selection set; fragments are expanded once per path.</summary>
        public (int Depth, long Cost) Measure(SelectionSetNode set, NamedType? parentType, int depth, HashSet<string> activeFragments)
        {
            var maxDepth = depth;
            long cost = 0;
            foreach (var selection in set.Selections)
            {
                var (d, c) = selection switch
                {
                    FieldNode field => MeasureField(field, parentType, depth, activeFragments),
                    InlineFragmentNode inline => Measure(inline.SelectionSet, inline.TypeCondition is null ? parentType : schema.GetType(inline.TypeCondition.Name.Value), depth, activeFragments),
                    FragmentSpreadNode spread => MeasureSpread(spread, depth, activeFragments),
                    _ => (depth, 0L),
                };
                maxDepth = Math.Max(maxDepth, d);
                cost = Math.Min(cost + c, int.MaxValue);
            }

            return (maxDepth, cost);
        }

        private (int Depth, long Cost) MeasureSpread(FragmentSpreadNode spread, int depth, HashSet<string> activeFragments)
        {
            var name = spread.Name.Value;
            if (_fragmentMeasures.TryGetValue(name, out var known))
            {
                return (depth + known.Depth, known.Cost);
            }

            if (!fragments.TryGetValue(name, out var fragment) || !activeFragments.Add(name))
            {
                return (depth, 0);
            }

            var relative = Measure(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), 0, activeFragments);
            activeFragments.Remove(name);
            _fragmentMeasures[name] = relative;
            return (depth + relative.Depth, relative.Cost);
        }

        private (int Depth, long Cost) MeasureField(FieldNode field, NamedType? parentType, int depth, HashSet<string> activeFragments)
        {
            var name = field.Name.Value;
            if (name is "__schema" or "__type" or "__typename")
            {
                return (depth, 0);
            }

            var definition = parentType is null ? null : schema.GetFieldDefinition(parentType, name);
            if (field.SelectionSet is null)
            {
                return (depth + 1, 1);
            }

            var (childDepth, childCost) = Measure(field.SelectionSet, definition?.Type.GetNamedType(), depth + 1, activeFragments);
            var multiplier = IsList(definition?.Type) ? definition!.ListCostMultiplier ?? options.ListCostMultiplier : 1;
            return (childDepth, 1 + (multiplier * childCost));
        }

        private static bool IsList(GraphQLType? type) => type?.Nullable is ListType;
    }
}

using Sipas.GraphQL.Validation.Rules;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>Creates the selected rules in the specification's order (graphql-js's <c>specifiedRules</c>).</summary>
internal static class RuleCatalog
{
    private static readonly (ValidationRules Flag, Func<ValidationContext, ValidationRule> Create)[] Rules =
    [
        (ValidationRules.ExecutableDefinitions, static c => new ExecutableDefinitionsRule(c)),
        (ValidationRules.UniqueOperationNames, static c => new UniqueOperationNamesRule(c)),
        (ValidationRules.LoneAnonymousOperation, static c => new LoneAnonymousOperationRule(c)),
        (ValidationRules.SingleFieldSubscriptions, static c => new SingleFieldSubscriptionsRule(c)),
        (ValidationRules.KnownTypeNames, static c => new KnownTypeNamesRule(c)),
        (ValidationRules.FragmentsOnCompositeTypes, static c => new FragmentsOnCompositeTypesRule(c)),
        (ValidationRules.VariablesAreInputTypes, static c => new VariablesAreInputTypesRule(c)),
        (ValidationRules.ScalarLeafs, static c => new ScalarLeafsRule(c)),
        (ValidationRules.FieldsOnCorrectType, static c => new FieldsOnCorrectTypeRule(c)),
        (ValidationRules.UniqueFragmentNames, static c => new UniqueFragmentNamesRule(c)),
        (ValidationRules.KnownFragmentNames, static c => new KnownFragmentNamesRule(c)),
        (ValidationRules.NoUnusedFragments, static c => new NoUnusedFragmentsRule(c)),
        (ValidationRules.PossibleFragmentSpreads, static c => new PossibleFragmentSpreadsRule(c)),
        (ValidationRules.NoFragmentCycles, static c => new NoFragmentCyclesRule(c)),
        (ValidationRules.UniqueVariableNames, static c => new UniqueVariableNamesRule(c)),
        (ValidationRules.NoUndefinedVariables, static c => new NoUndefinedVariablesRule(c)),
        (ValidationRules.NoUnusedVariables, static c => new NoUnusedVariablesRule(c)),
        (ValidationRules.KnownDirectives, static c => new KnownDirectivesRule(c)),
        (ValidationRules.UniqueDirectivesPerLocation, static c => new UniqueDirectivesPerLocationRule(c)),
        (ValidationRules.KnownArgumentNames, static c => new KnownArgumentNamesRule(c)),
        (ValidationRules.UniqueArgumentNames, static c => new UniqueArgumentNamesRule(c)),
        (ValidationRules.ValuesOfCorrectType, static c => new ValuesOfCorrectTypeRule(c)),
        (ValidationRules.ProvidedRequiredArguments, static c => new ProvidedRequiredArgumentsRule(c)),
        (ValidationRules.VariablesInAllowedPosition, static c => new VariablesInAllowedPositionRule(c)),
        (ValidationRules.OverlappingFieldsCanBeMerged, static c => new OverlappingFieldsCanBeMergedRule(c)),
        (ValidationRules.UniqueInputFieldNames, static c => new UniqueInputFieldNamesRule(c)),
        (ValidationRules.MaxIntrospectionDepth, static c => new MaxIntrospectionDepthRule(c)),
    ];

    public static List<ValidationRule> Create(ValidationContext context, ValidationRules selected)
    {
        var rules = new List<ValidationRule>(Rules.Length);
        foreach (var (flag, create) in Rules)
        {
            if ((selected & flag) != 0)
            {
                rules.Add(create(context));
            }
        }

        return rules;
    }
}

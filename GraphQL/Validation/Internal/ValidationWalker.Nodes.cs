using System.Runtime.CompilerServices;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>The traversal itself: children in graphql-js's visitor-key order.</summary>
internal sealed partial class ValidationWalker
{
    public void WalkDocument(DocumentNode document)
    {
        Enter(document);
        foreach (var definition in document.Definitions)
        {
            if (Stopped)
            {
                return;
            }

            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragment(fragment);
                    break;
                default:
                    // Type system definitions carry no executable content to walk.
                    Enter(definition);
                    Leave(definition);
                    break;
            }
        }

        if (!Stopped)
        {
            Leave(document);
        }
    }

    public void WalkOperation(OperationDefinitionNode operation)
    {
        _usages = [];
        Enter(operation);
        foreach (var variable in operation.VariableDefinitions)
        {
            WalkVariableDefinition(variable);
        }

        WalkDirectives(operation.Directives, operation);
        WalkSelectionSet(operation.SelectionSet, operation);
        _context.SetVariableUsages(operation, _usages);
        Leave(operation);
    }

    public void WalkFragment(FragmentDefinitionNode fragment)
    {
        _usages = _context.HasVariableUsages(fragment) ? null : [];
        Enter(fragment);
        WalkType(fragment.TypeCondition);
        WalkDirectives(fragment.Directives, fragment);
        WalkSelectionSet(fragment.SelectionSet, fragment);
        if (_usages is not null)
        {
            _context.SetVariableUsages(fragment, _usages);
        }

        Leave(fragment);
    }

    private void WalkVariableDefinition(VariableDefinitionNode definition)
    {
        Enter(definition);
        _inVariableDefinition++;
        WalkValue(definition.Variable);
        WalkType(definition.Type);
        if (definition.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        WalkDirectives(definition.Directives, definition);
        _inVariableDefinition--;
        Leave(definition);
    }

    private void WalkSelectionSet(SelectionSetNode selectionSet, AstNode owner)
    {
        _context.SelectionSetOwner = owner;
        Enter(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            if (Stopped)
            {
                return;
            }

            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    Enter(spread);
                    WalkDirectives(spread.Directives, spread);
                    Leave(spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        Leave(selectionSet);
    }

    private void WalkField(FieldNode field)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Enter(field);
        foreach (var argument in field.Arguments)
        {
            WalkArgument(argument);
        }

        WalkDirectives(field.Directives, field);
        if (field.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet, field);
        }

        Leave(field);
    }

    private void WalkInlineFragment(InlineFragmentNode inline)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Enter(inline);
        if (inline.TypeCondition is { } typeCondition)
        {
            WalkType(typeCondition);
        }

        WalkDirectives(inline.Directives, inline);
        WalkSelectionSet(inline.SelectionSet, inline);
        Leave(inline);
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, AstNode owner)
    {
        if (directives.Count == 0)
        {
            return;
        }

        var previous = _context.DirectiveOwner;
        _context.DirectiveOwner = owner;
        foreach (var directive in directives)
        {
            Enter(directive);
            foreach (var argument in directive.Arguments)
            {
                WalkArgument(argument);
            }

            Leave(directive);
        }

        _context.DirectiveOwner = previous;
    }

    private void WalkArgument(ArgumentNode argument)
    {
        Enter(argument);
        WalkValue(argument.Value);
        Leave(argument);
    }

    private void WalkType(TypeNode type)
    {
        Enter(type);
        switch (type)
        {
            case ListTypeNode list:
                WalkType(list.Type);
                break;
            case NonNullTypeNode nonNull:
                WalkType(nonNull.Type);
                break;
        }

        Leave(type);
    }

    private void WalkValue(ValueNode value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Enter(value);
        switch (value)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    WalkValue(item);
                }

                break;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    Enter(field);
                    WalkValue(field.Value);
                    Leave(field);
                }

                break;
            case VariableNode variable when _inVariableDefinition == 0 && _usages is not null:
                _usages.Add(_typeInfo.UsageOf(variable));
                break;
        }

        Leave(value);
    }
}

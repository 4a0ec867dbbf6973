using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>
/// One validation rule: a visitor called by the shared <see cref="ValidationWalker"/> on the node kinds it subscribes
/// to. Returning false from <see cref="Enter"/> skips that node's subtree for this rule only (graphql-js's
/// <c>visitInParallel</c> semantics); type information keeps being tracked for the other rules.
/// </summary>
internal abstract class ValidationRule(ValidationContext context)
{
    protected ValidationContext Context { get; } = context;

    /// <summary>Position of the rule in the walker, used for per-rule skipping.</summary>
    public int Index { get; set; }

    /// <summary>The node kinds whose entry this rule handles.</summary>
    public abstract IReadOnlyList<NodeKind> EnterKinds { get; }

    /// <summary>The node kinds whose exit this rule handles.</summary>
    public virtual IReadOnlyList<NodeKind> LeaveKinds => [];

    /// <summary>Called on entering a subscribed node; false skips its subtree for this rule.</summary>
    public virtual bool Enter(AstNode node) => true;

    /// <summary>Called on leaving a subscribed node (unless this rule skipped it).</summary>
    public virtual void Leave(AstNode node)
    {
    }
}

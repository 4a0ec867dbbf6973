using Microsoft.Extensions.DependencyInjection;
using Sipas.Grains.Live;
using Sipas.Grains.Units;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL;

/// <summary>
/// The directory fields of <c>Unit</c> (the parent value is a <see cref="Unit"/>): public to any signed-in caller,
/// read from the current unit tree, no grain call. A <c>Unit</c> is only reached through fields that checked the
/// caller, so these fields need no check of their own.
/// </summary>
internal static class UnitDirectoryFields
{
    public static void Add(ObjectTypeBuilder unit) => unit
        .Description("An administrative unit: the nation, a province, a commune, an agency or a service point. Its directory fields are readable by any key; its numbers need a key whose scope covers it.")
        .Field("code", "String!", f => f.Description("Official code (VN, 01, 01001) or a stable generated one (01.STP, 01.TTHCC.Q01)."))
        .Field("name", "String!", f => f.Description("Vietnamese name."))
        .Field("nameEn", "String", f => f.Description("English name where one exists (agencies, the nation)."))
        .Field("kind", "String!", f => f.Description("nation, province, commune, agency or service-point.").Resolve(c => c.Parent<Unit>().Kind.Id))
        .Field("takesResponses", "Boolean!", f => f.Description("Whether citizens rate this unit directly (communes, agencies, service points)."))
        .Field("active", "Boolean!", f => f.Description("False once the unit has been merged away.").Resolve(c => c.Parent<Unit>().IsActive))
        .Field("effectiveFrom", "Date!", f => f.Description("First day the unit exists in this form."))
        .Field("effectiveTo", "Date", f => f.Description("First day it no longer exists (merged); null while current."))
        .Field("parent", "Unit", f => f.Description("The parent unit; null for the nation.")
            .Resolve(c => c.Parent<Unit>().ParentCode is { } code ? c.Tree().Find(code) : null))
        .Field("children", "[Unit!]!", f => f.Description("The units directly below, in the tree's order.").ListCost(50)
            .Resolve(c => c.Tree().Children(c.Parent<Unit>().Code)))
        .Field("ancestors", "[Unit!]!", f => f.Description("The units above, from the parent up to the nation.").ListCost(4)
            .Resolve(c => c.Tree().Ancestors(c.Parent<Unit>().Code)))
        .Field("mergedInto", "Unit", f => f.Description("For a retired unit, the unit that absorbed it; query it for current figures.")
            .Resolve(c => c.Parent<Unit>().MergedInto is { } code ? c.Tree().Find(code) : null));

    /// <summary>The current unit tree.</summary>
    public static UnitTree Tree(this ResolveContext context) => context.Services.GetRequiredService<UnitDirectory>().Tree;
}

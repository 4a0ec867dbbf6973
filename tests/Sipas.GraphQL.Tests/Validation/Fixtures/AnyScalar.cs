using System.Text.Json;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Validation.Fixtures;

/// <summary>A custom scalar accepting any literal (graphql-js's default for scalars without a literal parser).</summary>
internal sealed class AnyScalar(string name) : ScalarType(name)
{
    public override object? Serialize(object value) => value;

    public override object? ParseValue(JsonElement value) => value;

    public override object? ParseLiteral(ValueNode value) => value;
}

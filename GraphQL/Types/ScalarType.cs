using System.Text.Json;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Types;

/// <summary>
/// A leaf type. Subclass it for a custom scalar; the five built-in scalars are the static properties. Each method
/// throws <see cref="CoercionException"/> with a graphql-js style message when the value does not fit.
/// </summary>
public abstract class ScalarType : NamedType
{
    /// <summary>Creates a scalar.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">The description.</param>
    /// <param name="specifiedByUrl">The URL of the scalar's specification (<c>@specifiedBy</c>).</param>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary><c>Int</c>: a signed 32-bit integer.</summary>
    public static ScalarType Int { get; } = new IntScalar();

    /// <summary><c>Float</c>: a double-precision value.</summary>
    public static ScalarType Float { get; } = new FloatScalar();

    /// <summary><c>String</c>: UTF-8 text.</summary>
    public static ScalarType String { get; } = new StringScalar();

    /// <summary><c>Boolean</c>: true or false.</summary>
    public static ScalarType Boolean { get; } = new BooleanScalar();

    /// <summary><c>ID</c>: a unique identifier, serialised as a string.</summary>
    public static ScalarType ID { get; } = new IdScalar();

    /// <summary>The five built-in scalars, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<ScalarType> BuiltIns { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The URL of the scalar's specification, if any.</summary>
    public string? SpecifiedByUrl { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>Whether this is one of the five built-in scalars.</summary>
    public bool IsBuiltIn => this is IntScalar or FloatScalar or StringScalar or BooleanScalar or IdScalar;

    /// <summary>Turns a resolved (non-null) value into a value the JSON writer understands.</summary>
    /// <param name="value">The resolver's value.</param>
    public abstract object? Serialize(object value);

    /// <summary>Coerces a (non-null) variable value given as JSON.</summary>
    /// <param name="value">The JSON value.</param>
    public abstract object? ParseValue(JsonElement value);

    /// <summary>Coerces a (non-null, non-variable) literal of the document.</summary>
    /// <param name="value">The literal.</param>
    public abstract object? ParseLiteral(ValueNode value);
}

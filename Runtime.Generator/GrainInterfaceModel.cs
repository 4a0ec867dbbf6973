using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Sipas.Runtime.Generator;

/// <summary>What the writer needs to know about one grain interface.</summary>
internal sealed class GrainInterfaceModel
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly HashSet<string> MarkerInterfaces =
        ["Sipas.Runtime.IGrainWithStringKey", "Sipas.Runtime.IGrain", "Sipas.Runtime.IAddressable"];

    public string Name { get; private set; } = "";

    public string InterfaceType { get; private set; } = "";

    public List<GrainMethodModel> Methods { get; } = [];

    public List<string> Errors { get; } = [];

    public static GrainInterfaceModel Create(INamedTypeSymbol symbol, CancellationToken cancellationToken)
    {
        var model = new GrainInterfaceModel
        {
            Name = Sanitize(symbol.ToDisplayString()),
            InterfaceType = symbol.ToDisplayString(TypeFormat),
        };
        if (symbol.IsGenericType)
        {
            model.Errors.Add($"Grain interface {symbol.ToDisplayString()} is generic; generic grain interfaces are not supported.");
            return model;
        }

        var interfaces = new[] { symbol }.Concat(symbol.AllInterfaces).Where(i => !MarkerInterfaces.Contains(i.ToDisplayString()));
        foreach (var declaring in interfaces)
        {
            foreach (var method in declaring.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && m.IsAbstract))
            {
                cancellationToken.ThrowIfCancellationRequested();
                model.AddMethod(declaring, method);
            }
        }

        return model;
    }

    private void AddMethod(INamedTypeSymbol declaring, IMethodSymbol method)
    {
        var where = $"{declaring.ToDisplayString()}.{method.Name}";
        if (method.IsGenericMethod)
        {
            Errors.Add($"{where} is generic; generic grain methods are not supported.");
            return;
        }

        if (method.Parameters.Any(p => p.RefKind != RefKind.None))
        {
            Errors.Add($"{where} has a ref, out or in parameter; grain methods take values.");
            return;
        }

        var kind = ReturnKindOf(method.ReturnType);
        if (kind is null)
        {
            Errors.Add($"{where} returns {method.ReturnType.ToDisplayString()}; grain methods return Task, Task<T>, ValueTask or ValueTask<T>.");
            return;
        }

        var attributes = method.GetAttributes().Select(a => a.AttributeClass?.ToDisplayString()).ToList();
        var oneWay = attributes.Contains("Sipas.Runtime.Concurrency.OneWayAttribute");
        if (oneWay && kind is ReturnKind.TaskOfT or ReturnKind.ValueTaskOfT)
        {
            Errors.Add($"{where} is [OneWay] but returns a result; one-way methods return Task or ValueTask.");
            return;
        }

        var timeout = method.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Sipas.Runtime.ResponseTimeoutAttribute")?
            .ConstructorArguments.FirstOrDefault().Value as string;
        Methods.Add(new GrainMethodModel(
            RequestName: $"{Name}_{method.Name}_{Methods.Count.ToString(CultureInfo.InvariantCulture)}_Request",
            DeclaringInterface: declaring.ToDisplayString(TypeFormat),
            DeclaringName: declaring.ToDisplayString(),
            Name: method.Name,
            Kind: kind.Value,
            ReturnType: method.ReturnType.ToDisplayString(TypeFormat),
            ResultType: method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } generic ? generic.TypeArguments[0].ToDisplayString(TypeFormat) : null,
            Parameters: [.. method.Parameters.Select(p => (p.Type.ToDisplayString(TypeFormat), p.Name))],
            ReadOnly: attributes.Contains("Sipas.Runtime.Concurrency.ReadOnlyAttribute"),
            AlwaysInterleave: attributes.Contains("Sipas.Runtime.Concurrency.AlwaysInterleaveAttribute"),
            OneWay: oneWay,
            ResponseTimeout: timeout));
    }

    private static ReturnKind? ReturnKindOf(ITypeSymbol returnType) => returnType.OriginalDefinition.ToDisplayString() switch
    {
        "System.Threading.Tasks.Task" => ReturnKind.Task,
        "System.Threading.Tasks.Task<TResult>" => ReturnKind.TaskOfT,
        "System.Threading.Tasks.ValueTask" => ReturnKind.ValueTask,
        "System.Threading.Tasks.ValueTask<TResult>" => ReturnKind.ValueTaskOfT,
        _ => null,
    };

    private static string Sanitize(string name) =>
        new([.. name.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
}

/// <summary>The shape of a grain method's return type.</summary>
internal enum ReturnKind
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}

/// <summary>What the writer needs to know about one grain method.</summary>
internal sealed record GrainMethodModel(
    string RequestName,
    string DeclaringInterface,
    string DeclaringName,
    string Name,
    ReturnKind Kind,
    string ReturnType,
    string? ResultType,
    IReadOnlyList<(string Type, string Name)> Parameters,
    bool ReadOnly,
    bool AlwaysInterleave,
    bool OneWay,
    string? ResponseTimeout);

using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sipas.Runtime.Generator;

/// <summary>
/// Writes, for every interface deriving from <c>Sipas.Runtime.IGrainWithStringKey</c>, a proxy class and one request
/// class per method (the role of Orleans' code generator): calls cost no reflection and, with pooled requests,
/// usually no allocation beyond the task the interface returns.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainProxyGenerator : IIncrementalGenerator
{
    private const string GrainInterface = "Sipas.Runtime.IGrainWithStringKey";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var proxies = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (syntax, cancellationToken) => Transform(syntax, cancellationToken))
            .Where(static proxy => proxy is not null);
        context.RegisterSourceOutput(proxies, static (output, proxy) => output.AddSource(proxy!.HintName, proxy.Source));
    }

    private static GeneratedSource? Transform(GeneratorSyntaxContext syntax, CancellationToken cancellationToken)
    {
        var declaration = (InterfaceDeclarationSyntax)syntax.Node;
        if (syntax.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol symbol
            || symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) != declaration
            || !symbol.AllInterfaces.Any(static i => i.ToDisplayString() == GrainInterface))
        {
            return null;
        }

        var model = GrainInterfaceModel.Create(symbol, cancellationToken);
        return new GeneratedSource(model.Name + ".g.cs", ProxyWriter.Write(model));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sipas.Api.GraphQL.Scalars;
using Sipas.Api.Ingestion;
using Sipas.Api.Live;
using Sipas.Grains.Responses;
using Sipas.GraphQL;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Responses;

/// <summary>
/// <c>submitResponses</c>: the REST ingestion path (<see cref="IngestionService"/>) with the same rules and per-item
/// results — every item validated on its own, a bad item never blocks its neighbours, <c>ACCEPTED</c> only once
/// durably committed, a resubmitted id a <c>DUPLICATE</c>. Input fields are loosely typed on purpose (a bad
/// timestamp is that item's error, not the whole request's).
/// </summary>
public sealed class ResponsesSchemaPart(IOptions<SipasGraphQLOptions> options) : ISipasSchemaPart
{
    private readonly SipasGraphQLOptions _options = options.Value;

    public void AddTypes(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.InputObject("ResponseInput", i => i
            .Description("One citizen's response, as REST takes it (answers as a list).")
            .Field("id", "String", "A UUID made by the client: the idempotency key.")
            .Field("unit", "String", "The unit that served (a commune, agency or service point).")
            .Field("questionnaire", "String", "sipas-2017, sipas-2023 (or id@version).")
            .Field("servedAt", "String", "When the service happened, ISO 8601 with offset, e.g. 2025-07-01T09:30:00+07:00.")
            .Field("channel", "String", "kiosk, web, portal, zalo, paper or phone.")
            .Field("answers", "[AnswerInput!]", "Criterion answers.")
            .Field("overall", "Int", "The overall question's answer.")
            .Field("procedure", "String").Field("dossier", "String")
            .Field("comment", "String", "Free text; phone and ID numbers are scrubbed before it is stored."));
        schema.InputObject("AnswerInput", i => i
            .Field("criterion", "String!", "TC1, TT2, …").Field("level", "Int!", "The answer on the questionnaire's scale."));
        schema.Enum("SubmitStatus", e => e
            .Value("ACCEPTED", ItemResult.Accepted, "Durably logged; it will be counted.")
            .Value("DUPLICATE", ItemResult.Duplicate, "Its id was logged before; not counted twice.")
            .Value("REJECTED", ItemResult.Rejected, "Not logged; see errors."));
        schema.Object("SubmitResult", t => t
            .Description("The outcome of one item, in input order.")
            .Field("id", "String").Field("status", "SubmitStatus!").Field("errors", "[ValidationProblem!]!", f => f
                .Resolve(c => c.Parent<ItemResult>().Errors ?? [])));
        schema.Object("ValidationProblem", t => t
            .Field("field", "String!", f => f.Description("The field concerned, e.g. answers.TC9."))
            .Field("message", "String!", f => f.Description("What is wrong and what to send instead.")));
    }

    public void AddMutationFields(ObjectTypeBuilder mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field("submitResponses", "[SubmitResult!]!", f => f
            .Description($"Submits up to {_options.MaxSubmitBatch:N0} responses; a result per item in input order once the accepted ones are committed. Needs a key that may submit for each item's unit (national, leader or collector in scope).")
            .Argument("input", "[ResponseInput!]!")
            .ListCost(10)
            .ResolveTask(SubmitAsync));
    }

    private async Task<IReadOnlyList<ItemResult>> SubmitAsync(ResolveContext c)
    {
        var caller = c.Caller();
        var input = (c.Arguments.GetValueOrDefault("input") as object?[] ?? []).OfType<IReadOnlyDictionary<string, object?>>().ToArray();
        if (input.Length > _options.MaxSubmitBatch)
        {
            throw new GraphQLException($"The batch has {input.Length} responses; send at most {_options.MaxSubmitBatch} per request.", "BAD_USER_INPUT");
        }

        if (!c.Services.GetRequiredService<Readiness>().IsReady)
        {
            throw new GraphQLException("The silo is recovering its aggregates; retry in a few seconds.", "SERVICE_UNAVAILABLE");
        }

        var tree = c.Tree();
        var items = input.Select(Read).ToList();
        return await c.Services.GetRequiredService<IngestionService>().SubmitAsync(items, unit => caller.CanSubmitFor(tree, unit), c.CancellationToken);
    }

    private static ParsedItem Read(IReadOnlyDictionary<string, object?> item)
    {
        var problems = new List<ValidationProblem>();
        var id = Text(item, "id");
        DateTimeOffset? servedAt = null;
        if (Text(item, "servedAt") is { } text)
        {
            if (DateTimeScalar.TryParse(text, out var parsed))
            {
                servedAt = parsed;
            }
            else
            {
                problems.Add(new("servedAt", $"'{text}' is not an ISO 8601 timestamp with offset, e.g. 2025-07-01T09:30:00+07:00"));
            }
        }

        var answers = item.TryGetValue("answers", out var list) && list is object?[] entries
            ? entries.OfType<IReadOnlyDictionary<string, object?>>().Select(a => new AnswerInput((string)a["criterion"]!, Convert.ToInt32(a["level"], System.Globalization.CultureInfo.InvariantCulture))).ToList()
            : null;
        var overall = item.TryGetValue("overall", out var o) && o is not null ? Convert.ToInt32(o, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var response = new ResponseInput(id, Text(item, "unit"), Text(item, "questionnaire"), servedAt, Text(item, "channel"), answers,
            overall, Text(item, "procedure"), Text(item, "dossier"), Text(item, "comment"));
        return new ParsedItem(id, response, problems);
    }

    private static string? Text(IReadOnlyDictionary<string, object?> item, string name) =>
        item.TryGetValue(name, out var value) ? value as string : null;
}

using System.Text;
using System.Text.Json;
using Sipas.GraphQL.Execution;

namespace Sipas.GraphQL;

/// <summary>
/// The result of a request: <c>errors</c>, <c>data</c> and <c>extensions</c>. A request error has no data at all;
/// an execution whose root was nulled has <c>"data": null</c>; the two are told apart by <see cref="HasData"/>.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>Whether the result has a <c>data</c> entry (which may be null).</summary>
    public bool HasData { get; }

    /// <summary>The data (null when absent or nulled); objects are <see cref="ResultMap"/>s, lists <see cref="ResultList"/>s.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>The errors, empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The extensions, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>A result without data: the request failed before execution.</summary>
    /// <param name="errors">The request errors.</param>
    /// <param name="extensions">Optional extensions.</param>
    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(false, null, errors, extensions);

    /// <summary>A result of an execution: data (possibly null) and field errors.</summary>
    /// <param name="data">The data, or null when a non-null root field failed.</param>
    /// <param name="errors">The field errors.</param>
    /// <param name="extensions">Optional extensions.</param>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors = null, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(true, data, errors ?? [], extensions);

    /// <summary>Writes the result as JSON: <c>errors</c> (when any), then <c>data</c> (when present), then <c>extensions</c>.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            ResultWriter.WriteErrors(writer, Errors);
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultWriter.WriteValue(writer, Data);
        }

        if (Extensions is not null)
        {
            writer.WritePropertyName("extensions");
            ResultWriter.WriteValue(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The result as a JSON string.</summary>
    /// <param name="indented">Whether to indent.</param>
    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}

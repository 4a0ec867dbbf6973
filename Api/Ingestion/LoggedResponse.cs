using Sipas.Grains.Responses;

namespace Sipas.Api.Ingestion;

/// <summary>A response committed to the log at <see cref="Position"/>.</summary>
public sealed record LoggedResponse(long Position, SurveyResponse Response);

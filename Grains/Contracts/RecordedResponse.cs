using Sipas.Grains.Responses;

namespace Sipas.Grains.Contracts;

/// <summary>A response committed to the response log at <see cref="Position"/>.</summary>
public sealed record RecordedResponse(long Position, SurveyResponse Response);

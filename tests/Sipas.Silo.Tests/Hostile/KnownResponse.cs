using Sipas.Grains.Responses;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>A valid response the generator made: its JSON and what the log must hold once it is accepted.</summary>
internal sealed record KnownResponse(Guid Id, string Json, SurveyResponse Expected);

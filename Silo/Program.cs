using Sipas.Api.GraphQL;
using Sipas.Api.Rest;
using Sipas.GraphQL.Http;
using Sipas.Silo;

var builder = WebApplication.CreateBuilder(SiloCommandLine.Normalize(args));
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls(SiloOptions.DefaultUrl);
}

builder.Services.AddSipasSilo(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddServerGraphQL();

var app = builder.Build();

app.MapHealth();
app.MapResponses();
app.MapUnits();
app.MapRankings();
app.MapQuestionnaires();
app.MapOpenApi();
app.MapGraphQL("/graphql");

app.Run();

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

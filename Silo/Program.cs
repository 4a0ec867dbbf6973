using Sipas.Api.GraphQL;
using Sipas.GraphQL.Http;
using Sipas.Silo;

var args2 = SiloCommandLine.Normalize(args);
var builder = WebApplication.CreateBuilder(args2);
builder.Configuration.AddCommandLine(args2, SiloCommandLine.SwitchMappings);
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls(SiloOptions.DefaultUrl);
}

builder.Services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.Section).ValidateOnStart();
builder.Services.AddServerGraphQL();

var app = builder.Build();

app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ready" }));
app.MapGraphQL("/graphql");

app.Run();

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

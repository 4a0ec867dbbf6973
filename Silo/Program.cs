using Sipas.Api.Auth;
using Sipas.Api.GraphQL;
using Sipas.Api.Limits;
using Sipas.Api.Rest;
using Sipas.Dashboard;
using Sipas.Dashboard.Page;
using Sipas.GraphQL.Http;
using Sipas.Silo;
using Sipas.Silo.Storage;

// appsettings.json sits beside the executable: found there whatever the working directory (scripts start the built dll).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = SiloCommandLine.Normalize(args),
    ContentRootPath = AppContext.BaseDirectory,
});
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls(SiloOptions.DefaultUrl);
}

builder.Services.AddSipasSilo(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddSipasGraphQL();
builder.Services.AddApiKeys(builder.Configuration, sp => sp.GetRequiredService<SiloStorage>().GrainData);
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();

app.UseAuthentication();
app.UseInvalidKeyRefusal("/graphql");
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealth();
app.MapResponses();
app.MapUnits();
app.MapRankings();
app.MapTrends();
app.MapQuestionnaires();
app.MapAlerts();
app.MapOpenApi();
app.MapDashboard();
app.MapDashboardPage();
app.MapGraphQL("/graphql", o => o.WebSockets.OnConnect = WebSocketAuthentication.OnConnect).RequireRateLimiting(RateLimits.GraphQL);

app.Run();

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

namespace Sipas.Dashboard.Page;

/// <summary>
/// Who the page is signed in as (<c>GET /dashboard/session</c>): the key's name and role, the unit whose subtree it
/// reads (<see cref="Scope"/>, the nation for national keys) and whether it may acknowledge alerts there.
/// </summary>
public sealed record DashboardSession(string Name, string Role, string Scope, string ScopeName, bool CanManage);

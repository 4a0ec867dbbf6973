namespace Sipas.GraphQL.Tests.Execution;

public sealed class SmokeTests
{
    [Fact]
    public async Task ExecuteAsync_SimpleQuery_ReturnsData()
    {
        var schema = TestSchema.Create();

        var json = await GraphQLTestHost.RunAsync(schema, "{ hello unit(code: \"01\") { code name parent { code } } units { code } }");

        Assert.Equal("{\"data\":{\"hello\":\"world\",\"unit\":{\"code\":\"01\",\"name\":\"Hà Nội\",\"parent\":null},\"units\":[{\"code\":\"01\"},{\"code\":\"79\"},{\"code\":\"00004\"}]}}", json);
    }
}

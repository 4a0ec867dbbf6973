namespace Sipas.Runtime.Tests.Grains;

public sealed class DerivedGrain : Grain, IDerivedGrain
{
    private int _number = 7;

    public Task<string> Greet(string name, int times, CounterState extra) =>
        Task.FromResult(string.Concat(Enumerable.Repeat(name, times)) + extra.Value + this.GetPrimaryKeyString());

    public ValueTask<int> Number() => ValueTask.FromResult(_number);

    public ValueTask Reset()
    {
        _number = 0;
        return ValueTask.CompletedTask;
    }
}

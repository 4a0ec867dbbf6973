namespace Sipas.Runtime.Tests.Grains;

/// <summary>Counts; an overlap detector trips if two turns ever run at once.</summary>
public sealed class CounterGrain : Grain, ICounterGrain
{
    private int _value;
    private int _inside;
    private int _overlaps;

    public async Task<int> Increment()
    {
        Enter();
        var value = ++_value;
        if (value % 64 == 0)
        {
            // A real await in some turns, so continuations come back through the activation.
            await Task.Yield();
        }

        Leave();
        return value;
    }

    public ValueTask<int> IncrementValue()
    {
        Enter();
        var value = ++_value;
        Leave();
        return ValueTask.FromResult(value);
    }

    public ValueTask Add(int amount)
    {
        Enter();
        _value += amount;
        Leave();
        return ValueTask.CompletedTask;
    }

    public Task<int> Get() => Task.FromResult(_value);

    public Task<int> Overlaps() => Task.FromResult(_overlaps);

    private void Enter()
    {
        if (Interlocked.Increment(ref _inside) != 1)
        {
            Interlocked.Increment(ref _overlaps);
        }
    }

    private void Leave() => Interlocked.Decrement(ref _inside);
}

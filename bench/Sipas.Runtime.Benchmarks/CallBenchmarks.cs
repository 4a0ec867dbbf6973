using System.Threading.Channels;
using BenchmarkDotNet.Attributes;

namespace Sipas.Runtime.Benchmarks;

/// <summary>One caller, one grain: the cost and allocations of a single call, against a Channel round trip.</summary>
[MemoryDiagnoser]
public class CallBenchmarks
{
    private const int Calls = 1000;
    private readonly Channel<int> _requests = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Channel<int> _responses = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private BenchSilo? _silo;
    private IPingGrain? _grain;
    private Task? _server;

    [GlobalSetup]
    public void Setup()
    {
        _silo = BenchSilo.StartAsync().GetAwaiter().GetResult();
        _grain = _silo.Grains.GetGrain<IPingGrain>("bdn");
        _grain.Ping().AsTask().GetAwaiter().GetResult();
        _server = Task.Run(async () =>
        {
            while (await _requests.Reader.WaitToReadAsync())
            {
                while (_requests.Reader.TryRead(out var value))
                {
                    _responses.Writer.TryWrite(value);
                }
            }
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _requests.Writer.Complete();
        _server?.GetAwaiter().GetResult();
        _silo?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public async Task ChannelPingPong()
    {
        for (var i = 0; i < Calls; i++)
        {
            _requests.Writer.TryWrite(i);
            await _responses.Reader.ReadAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task ValueTaskCall()
    {
        for (var i = 0; i < Calls; i++)
        {
            await _grain!.Ping();
        }
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task TaskCall()
    {
        for (var i = 0; i < Calls; i++)
        {
            await _grain!.PingTask();
        }
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task OneWayCall()
    {
        for (var i = 0; i < Calls; i++)
        {
            await _grain!.Tell(i);
        }

        await _grain!.Received();
    }
}

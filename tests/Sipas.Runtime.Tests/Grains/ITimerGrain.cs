namespace Sipas.Runtime.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task Start(TimeSpan period, TimeSpan tickWork);

    Task<int> Busy(TimeSpan work);

    Task<(int Ticks, int Overlaps)> Stats();

    Task Stop();
}

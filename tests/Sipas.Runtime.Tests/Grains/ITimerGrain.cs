namespace Sipas.Runtime.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task Start(TimeSpan period, TimeSpan tickWork);

    Task<int> Busy(TimeSpan work);

    Task<(int Ticks, int Overlaps)> Stats();

    Task Stop();

    /// <summary>A one-shot timer that re-arms itself from its callback until it has ticked <paramref name="times"/> times; each tick lasts <paramref name="hold"/>.</summary>
    Task StartOneShot(TimeSpan due, int times, TimeSpan hold);
}

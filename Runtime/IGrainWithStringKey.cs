namespace Sipas.Runtime;

/// <summary>
/// Marker interface of grain interfaces keyed by a string (Orleans' <c>IGrainWithStringKey</c>). The source generator
/// writes a proxy and one request type per method for every interface that derives from it. Methods must return
/// <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{TResult}"/>.
/// </summary>
public interface IGrainWithStringKey : IGrain
{
}

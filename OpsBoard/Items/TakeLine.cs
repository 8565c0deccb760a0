using System.Collections.Concurrent;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>An agent waiting for the next item of a queue, answered by whoever serves the line.</summary>
public sealed class TakeRequest(Actor actor)
{
    public Actor Actor { get; } = actor;

    public TaskCompletionSource<WorkItem?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>The agents waiting per queue, in the order they asked.</summary>
public sealed class TakeLine
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<TakeRequest>> _waiting = new(StringComparer.Ordinal);

    public TakeRequest Join(string queue, Actor actor)
    {
        var request = new TakeRequest(actor);
        _waiting.GetOrAdd(queue, _ => new ConcurrentQueue<TakeRequest>()).Enqueue(request);
        return request;
    }

    /// <summary>Takes up to <paramref name="most"/> waiting agents off the line, first come first.</summary>
    public IReadOnlyList<TakeRequest> Drain(string queue, int most)
    {
        var line = new List<TakeRequest>();
        if (_waiting.TryGetValue(queue, out var waiting))
        {
            while (line.Count < most && waiting.TryDequeue(out var request))
            {
                if (!request.Result.Task.IsCompleted)
                {
                    line.Add(request);
                }
            }
        }
        return line;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OpsBoard.Tests.Support;

/// <summary>
/// A client that moves one story back and forth between review and pending documents for as long as it is let,
/// noting every version the server acknowledged (200 with the new version), to be looked for afterwards.
/// </summary>
public sealed class StoryWriter
{
    private static readonly object Missing = new { missingDocuments = new[] { "proof of address" } };
    private static readonly object Received = new { documentsReceived = new[] { "proof of address" } };
    private readonly HttpClient _client;
    private readonly Action _acknowledged;
    private readonly List<int> _versions = [];
    private int _version;

    private StoryWriter(HttpClient client, long itemId, int version, Action acknowledged)
    {
        _client = client;
        ItemId = itemId;
        _version = version;
        _acknowledged = acknowledged;
    }

    public long ItemId { get; }

    /// <summary>The versions acknowledged so far, oldest first.</summary>
    public IReadOnlyList<int> Acknowledged
    {
        get
        {
            lock (_versions)
            {
                return [.. _versions];
            }
        }
    }

    /// <summary>A new story, put in review, ready to be written; <paramref name="acknowledged"/> is called after each acknowledged write.</summary>
    public static async Task<StoryWriter> StartAsync(HttpClient client, string title, Action acknowledged)
    {
        var story = await client.CreateItem("story", new { client = title }, title);
        var reviewed = await client.FireOk(story.Id(), "StartReview", story.Version());
        return new StoryWriter(client, story.Id(), reviewed.Version(), acknowledged);
    }

    /// <summary>Writes until <paramref name="stop"/> or until the server is gone (a killed server ends the run, it is no failure).</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var inReview = true;
        while (!stop.IsCancellationRequested)
        {
            HttpResponseMessage response;
            try
            {
                response = await _client.PostAsJsonAsync($"/api/v1/items/{ItemId}/transitions",
                    new { trigger = inReview ? "RequestDocuments" : "DocumentsReceived", expectedVersion = _version, fields = inReview ? Missing : Received },
                    CancellationToken.None);
            }
            catch (HttpRequestException)
            {
                return;
            }
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            var item = (await response.Content.ReadFromJsonAsync<JsonObject>(CancellationToken.None))!;
            _version = item.Version();
            inReview = !inReview;
            lock (_versions)
            {
                _versions.Add(_version);
            }
            _acknowledged();
        }
    }
}

/// <summary>Counts acknowledged writes across writers and says when a number of them is reached.</summary>
public sealed class WriteCounter
{
    private readonly List<(int Count, TaskCompletionSource Reached)> _waits = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Add()
    {
        var count = Interlocked.Increment(ref _count);
        lock (_waits)
        {
            foreach (var wait in _waits.Where(w => w.Count <= count))
            {
                wait.Reached.TrySetResult();
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> writes were acknowledged in all.</summary>
    public Task Reached(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waits)
        {
            _waits.Add((count, reached));
            if (Count >= count)
            {
                reached.TrySetResult();
            }
        }
        return reached.Task;
    }
}

using OpsBoard.Domain;
using OpsBoard.Domain.Engine;

namespace OpsBoard.Tests.Domain;

/// <summary>Short ways to build what the domain's calls take.</summary>
public static class DomainKit
{
    public static readonly DateTimeOffset Now = new(2025, 4, 14, 10, 0, 0, TimeSpan.FromHours(-3));

    public static Actor Agent { get; } = Actor.Of("alice", Roles.Agent);

    public static Actor Lead { get; } = Actor.Of("lucas", Roles.Lead);

    public static Actor Manager { get; } = Actor.Of("marta", Roles.Manager);

    public static Actor AdminOnly { get; } = Actor.Of("root", Roles.Admin);

    public static Dictionary<string, object?> Values(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    public static TransitionContext Context(Actor actor, IReadOnlyDictionary<string, object?>? item = null, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(actor, item ?? new Dictionary<string, object?>(), parameters ?? new Dictionary<string, object?>(), Now);

    /// <summary>Runs the action with the given UI culture, then puts the previous one back.</summary>
    public static T InCulture<T>(string culture, Func<T> action)
    {
        using var _ = new Support.UiCulture(culture);
        return action();
    }
}

using System.Diagnostics;

namespace OpsBoard.Bench.Report;

/// <summary>Milliseconds at the 50th and 99th percentile and the worst, over all samples.</summary>
public sealed record Percentiles(double P50, double P99, double Max, int Samples)
{
    public double P95 { get; init; } = double.NaN;

    public static Percentiles Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? new Percentiles(double.NaN, double.NaN, double.NaN, 0)
            : new Percentiles(At(sorted, 0.50), At(sorted, 0.99), sorted[^1], sorted.Length) { P95 = At(sorted, 0.95) };
    }

    public static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static double At(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}

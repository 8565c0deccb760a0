using MudBlazor;

namespace OpsBoard.Components.Layout;

/// <summary>The two looks of OpsBoard: a light one for desks and a dark one for the wallboard TV.</summary>
public static class OpsBoardThemes
{

    /// <summary>
    /// Desks: light and calm for a full working day, with the navy bar people know. Each colour keeps 4.5:1
    /// against the pale tint MudBlazor puts behind chips and the selected link, not only against white.
    /// </summary>
    public static MudTheme Desk { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0a58ca",
            Secondary = "#57606a",
            // Labels and hints sit on the grey page as well as on white; MudBlazor's own grey falls just short of 4.5:1 there.
            TextSecondary = "#57606a",
            AppbarBackground = "#1f2a3a",
            AppbarText = "#ffffff",
            Background = "#f4f6f9",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#24292f",
            DrawerIcon = "#57606a",
            Success = "#116329",
            Warning = "#7d5400",
            Error = "#a40e26",
            Info = "#0550ae",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
        // Buttons say what they do in the reader's words, as written: capitals make long Russian and Portuguese labels hard to read.
        Typography = new Typography
        {
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };

    /// <summary>The wallboard: dark, so a TV that is on all day glares little and red still stands out.</summary>
    public static MudTheme Wallboard { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#58a6ff",
            Background = "#0d1117",
            Surface = "#161b22",
            TextPrimary = "#e6edf3",
            TextSecondary = "#8b949e",
            Success = "#3fb950",
            Warning = "#d29922",
            Error = "#f85149",
            Info = "#58a6ff",
        },
    };
}

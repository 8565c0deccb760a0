namespace OpsBoard.Onboarding;

/// <summary>Marker type for <c>IStringLocalizer&lt;OnboardingText&gt;</c>: the onboarding pages' texts (Resources/OnboardingText*.resx).</summary>
public sealed class OnboardingText
{
    private OnboardingText()
    {
    }
}

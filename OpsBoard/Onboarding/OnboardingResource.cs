namespace OpsBoard;

/// <summary>Marker type for <c>IStringLocalizer&lt;OnboardingResource&gt;</c>: the onboarding pages' texts (Resources/OnboardingResource*.resx).</summary>
public sealed class OnboardingResource
{
    private OnboardingResource()
    {
    }
}

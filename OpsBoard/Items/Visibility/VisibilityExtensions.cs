namespace OpsBoard.Items.Visibility;

public static class VisibilityExtensions
{
    /// <summary>The one rule of who sees and moves which item; scoped, as it reads history with the request's database context.</summary>
    public static IServiceCollection AddItemVisibility(this IServiceCollection services) => services.AddScoped<ItemAccess>();
}

namespace OpsBoard.Admin.People;

public static class PeopleExtensions
{
    public static IServiceCollection AddPeopleAdmin(this IServiceCollection services) => services.AddScoped<PeopleService>();
}

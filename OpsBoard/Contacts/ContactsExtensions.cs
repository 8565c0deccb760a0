using OpsBoard.Items;

namespace OpsBoard.Contacts;

public static class ContactsExtensions
{
    /// <summary>Contacts on any item, and collection calls written as contacts by phone.</summary>
    public static IServiceCollection AddContacts(this IServiceCollection services)
    {
        services.AddScoped<ContactLog>();
        services.AddScoped<ClientContacts>();
        services.AddScoped<IItemMoveHook, CallContactHook>();
        return services;
    }
}

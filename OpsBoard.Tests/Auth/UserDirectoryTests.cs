using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Data;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Auth;

public sealed class UserDirectoryTests(UserDirectoryTests.CountingServer server) : IClassFixture<UserDirectoryTests.CountingServer>
{
    [Fact]
    public async Task An_unknown_name_costs_a_password_check_like_a_wrong_password_does()
    {
        var before = server.Hasher.Verifications;
        var unknown = await server.AskToken("nobody-at-all", "guess");
        var afterUnknown = server.Hasher.Verifications;
        var wrong = await server.AskToken("ana", "guess");

        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, server.Hasher.Verifications - afterUnknown);
        // Nor does the answer tell them apart.
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal((string?)(await unknown.Json())["detail"], (string?)(await wrong.Json())["detail"]);
    }

    /// <summary>The real hasher, counting the passwords it checks.</summary>
    public sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class CountingServer : SignInServer
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<User>>(Hasher));
        }
    }
}

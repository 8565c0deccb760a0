using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Files;

public sealed class KeyRingTests
{
    [Fact]
    public async Task With_a_certificate_the_keys_are_encrypted_on_disk_and_a_cookie_still_works_after_a_restart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=OpsBoard keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "s3cret"));
        }

        IAsyncLifetime first = new CertificateServer(folder, pfx, keepFiles: true);
        await first.InitializeAsync();
        var cookie = await CookieSignIn.SignIn(((OpsBoardServer)first).BaseAddress, "ana");
        Assert.Equal(HttpStatusCode.OK, (await CookieSignIn.Get(((OpsBoardServer)first).BaseAddress, cookie, "/api/v1/queues")).Status);
        await first.DisposeAsync();
        var keyFiles = Directory.GetFiles(Path.Combine(folder, "keys"), "*.xml");
        Assert.NotEmpty(keyFiles);
        Assert.All(keyFiles, f =>
        {
            var xml = File.ReadAllText(f);
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });

        IAsyncLifetime second = new CertificateServer(folder, pfx, keepFiles: false);
        await second.InitializeAsync();
        Assert.Equal(HttpStatusCode.OK, (await CookieSignIn.Get(((OpsBoardServer)second).BaseAddress, cookie, "/api/v1/queues")).Status);
        await second.DisposeAsync();
    }

    private sealed class CertificateServer : OpsBoardServer
    {
        private readonly string _pfx;

        public CertificateServer(string directory, string pfx, bool keepFiles)
            : base(directory, 0)
        {
            _pfx = pfx;
            KeepFiles = keepFiles;
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpsBoard:KeysCertificate", _pfx);
            builder.UseSetting("OpsBoard:KeysCertificatePassword", "s3cret");
        }
    }
}

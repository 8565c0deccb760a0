using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace OpsBoard.Files;

/// <summary>
/// Where the data-protection keys (they sign cookies and bearer tokens) are kept: a folder only the
/// server's account opens, and, when <c>OpsBoard:KeysCertificate</c> names a .pfx, each key
/// encrypted with that certificate, so a copy of the folder alone signs nothing.
/// </summary>
public static class KeyRing
{
    public static IDataProtectionBuilder PersistKeysPrivately(this IDataProtectionBuilder builder, string folder, IConfiguration configuration)
    {
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlRepository = new PrivateFolder(PrivateFiles.Folder(folder), sp.GetRequiredService<ILoggerFactory>())));
        if (configuration["OpsBoard:KeysCertificate"] is { Length: > 0 } pfx)
        {
            var certificate = Load(Path.GetFullPath(pfx), configuration["OpsBoard:KeysCertificatePassword"]);
            // Also named for reading, so keys are read back with this certificate without a machine certificate store.
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        return builder;
    }

    /// <summary>The certificate with its private key, or a start that stops and says why: keys it cannot read would sign everyone out.</summary>
    private static X509Certificate2 Load(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"OpsBoard:KeysCertificate {path} could not be read: {ex.Message}", ex);
        }
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"OpsBoard:KeysCertificate {path} holds no private key, so the keys it encrypts could not be read back.");
    }

    /// <summary>The file system repository, with each key file closed to others once written.</summary>
    private sealed class PrivateFolder(string folder, ILoggerFactory logs) : IXmlRepository
    {
        private readonly FileSystemXmlRepository _files = new(new DirectoryInfo(folder), logs);

        // Keys written by a release that left them readable to all are closed when next read.
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            RestrictAll();
            return _files.GetAllElements();
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            _files.StoreElement(element, friendlyName);
            RestrictAll();
        }

        private void RestrictAll()
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.xml"))
            {
                PrivateFiles.Restrict(file);
            }
        }
    }
}

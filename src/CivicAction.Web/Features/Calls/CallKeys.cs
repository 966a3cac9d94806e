using System.Security.Cryptography;
using CivicAction.Web.Platform.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace CivicAction.Web.Features.Calls;

/// <summary>
/// The one-time keys of the outcome forms, issued by this site and signed with its data-protection keys (which expire
/// with the tally's memory of keys): a key made up by hand, or one older than two days, counts nothing. Without the
/// signature anyone could invent keys and inflate "N calls made through this site" up to the rate limit.
/// </summary>
public sealed class CallKeys(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("CivicAction.Calls.TallyKey.v1").ToTimeLimitedDataProtector();

    public string Issue() => _protector.Protect(SecretToken.New(), clock.GetUtcNow() + CallTallyStore.KeysKept);

    /// <summary>The key's own token when this site issued it and it has not expired; else null.</summary>
    public string? Open(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 512)
        {
            return null;
        }

        try
        {
            var token = _protector.Unprotect(key, out var expires);
            return expires >= clock.GetUtcNow() && SecretToken.LooksValid(token) ? token : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

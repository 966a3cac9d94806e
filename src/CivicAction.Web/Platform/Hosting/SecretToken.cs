using System.Security.Cryptography;
using System.Text;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>
/// Unguessable tokens for private addresses (a request's tracking page, a confirmation link).
/// 256 random bits, URL-safe; the database keeps only their SHA-256, so a copy of the database
/// does not open anyone's page.
/// </summary>
public static class SecretToken
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether text could be a token at all (cheap check before any database work).</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

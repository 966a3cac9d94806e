using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so the per-client rate limits would count all
/// clients as one. With <c>Site:TrustedProxies</c> set (addresses or networks such as <c>10.0.0.0/8</c>), the client's
/// address and scheme are read from <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, but only on requests that
/// come from one of those proxies: anyone else can write the header, and it is ignored. Unset, nothing is read.
/// </summary>
public static class TrustedProxies
{
    /// <summary>Each entry as an address or a network; a wrong one is named (read at start, so the app stops on it).</summary>
    public static IReadOnlyList<IPNetwork> Parse(IEnumerable<string> entries, out string? error)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var networks = new List<IPNetwork>();
        // One setting may list several, comma-separated (handy in an environment variable).
        foreach (var entry in entries.SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                error = $"'{entry}' is not an IP address or a network such as 10.0.0.0/8";
                return [];
            }
        }

        error = null;
        return networks;
    }

    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, IReadOnlyList<string> entries)
    {
        var networks = Parse(entries, out var error);
        if (error is not null)
        {
            throw new InvalidOperationException($"Site:TrustedProxies: {error}");
        }

        if (networks.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Walk the header from the right while each hop is a trusted proxy: the first address that is not one is
            // the client. What a client wrote to the left of it is never reached.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear(); // the defaults trust loopback; only the operator's list counts
        options.KnownIPNetworks.Clear();
        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(network);
        }

        return app.UseForwardedHeaders(options);
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using CivicAction.Core.Letters.Congress.Cwc;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Congress.Letters.Cwc;

/// <summary>
/// One attempt to post a held CWC message to <c>/v2/message?apikey=...</c>. 2xx: accepted (with CWC's reference when
/// it answers with one); 400: refused for good, with CWC's reason; 5xx, 429, an unreachable host or no answer within
/// <see cref="CwcOptions.TimeoutSeconds"/>: tried again later with the same DeliveryId. The key travels only in the
/// request's address, which nothing logs: the client is registered without the factory's loggers (CongressModule),
/// and no reason built here quotes the address.
/// </summary>
public sealed class CwcSender(IHttpClientFactory http, IOptions<CwcOptions> options) : IOutboxChannel
{
    public const string ClientName = "cwc";

    /// <summary>The most of an answer that is read: CWC answers with a few lines; anything longer is cut.</summary>
    private const int AnswerMaxBytes = 64 * 1024;

    public OutboxChannel Channel => OutboxChannel.Cwc;

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return new DeliveryResult(DeliveryOutcome.Failed, "this site no longer delivers through Communicating with Congress");
        }

        if (string.IsNullOrEmpty(message.Payload))
        {
            return new DeliveryResult(DeliveryOutcome.Failed, "the message has no content to post");
        }

        var address = new Uri(settings.MessageEndpoint() + "?apikey=" + Uri.EscapeDataString(settings.ApiKey!.Trim()));
        using var content = new StringContent(message.Payload, new UTF8Encoding(false), "application/xml");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            var client = http.CreateClient(ClientName);
            using var response = await client.PostAsync(address, content, timeout.Token);
            var body = await ReadAsync(response, timeout.Token);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => new DeliveryResult(DeliveryOutcome.Sent, Receipt: CwcReply.Receipt(body)),
                400 => new DeliveryResult(DeliveryOutcome.Failed, $"Communicating with Congress refused the message: {CwcReply.Reason(body)}"),
                >= 500 or 429 or 408 => new DeliveryResult(DeliveryOutcome.TryAgain,
                    $"Communicating with Congress could not take it just now ({status} {Phrase(response.StatusCode)})"),
                _ => new DeliveryResult(DeliveryOutcome.Failed,
                    $"Communicating with Congress refused the site's request ({status} {Phrase(response.StatusCode)}): {CwcReply.Reason(body)}"),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryOutcome.TryAgain, $"Communicating with Congress did not answer within {settings.TimeoutSeconds} seconds");
        }
        catch (HttpRequestException e)
        {
            // The error's kind and socket code only: its text may name the address it tried.
            var socket = e.InnerException is SocketException s ? $", {s.SocketErrorCode}" : "";
            return new DeliveryResult(DeliveryOutcome.TryAgain, $"could not reach Communicating with Congress ({e.HttpRequestError}{socket})");
        }
        catch (IOException)
        {
            return new DeliveryResult(DeliveryOutcome.TryAgain, "the connection to Communicating with Congress broke off");
        }
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[AnswerMaxBytes];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static string Phrase(HttpStatusCode status) => System.Text.RegularExpressions.Regex.Replace(status.ToString(), "(?<=[a-z])(?=[A-Z])", " ");
}

using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using CivicAction.Web.Features.SendForMe.Confirmations;
using CivicAction.Web.Features.SendForMe.Smtp;

namespace CivicAction.Web.Features.SendForMe.Outbox;

/// <summary>
/// Works the outbox in the background: claim a due message, hand it to its channel (e-mail, or Communicating with
/// Congress), record the outcome. Temporary failures back off exponentially; permanent ones fail at once with their
/// reason; a message recorded as sent is never claimed again. Nothing is lost across restarts: the state lives in
/// the database.
/// </summary>
public sealed partial class OutboxWorker(
    OutboxStore outbox,
    IEnumerable<IOutboxChannel> channels,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Look at the outbox now rather than at the next poll (a message was just added or released).</summary>
    public void Nudge()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("No SMTP host is configured: 'send for me' is off and the outbox is not worked");
            return;
        }

        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        var lastSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            bool worked;
            try
            {
                if (clock.GetUtcNow() - lastSweep > SweepInterval)
                {
                    var expired = outbox.ExpireHeld(EmailConfirmations.Lifetime);
                    if (expired > 0)
                    {
                        logger.LogInformation("{ExpiredCount} unconfirmed messages expired and their contents were deleted", expired);
                    }

                    lastSweep = clock.GetUtcNow();
                }

                worked = await ProcessNextAsync(stoppingToken);
            }
            catch (System.Data.Common.DbException e)
            {
                logger.LogWarning(e, "The outbox could not be read; trying again shortly");
                worked = false;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A background service that throws stops the host: whatever went wrong, the site stays up and the
                // outbox is worked again at the next poll. The type only: an exception's text may quote a message.
                logger.LogError("The outbox worker met {ExceptionType}; trying again shortly", e.GetType().Name);
                worked = false;
            }

            if (!worked)
            {
                await _wake.WaitAsync(poll, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    /// <summary>Delivers at most one due message; false when none was due.</summary>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        if (outbox.ClaimNext() is not { } message)
        {
            return false;
        }

        var result = await TrySendAsync(message, cancellationToken);
        var settings = options.Value;
        switch (result.Outcome)
        {
            case DeliveryOutcome.Sent:
                outbox.MarkSent(message.Id, result.Receipt);
                logger.LogInformation("Outbox message {OutboxId} ({Purpose}, {Channel}) sent on attempt {Attempt}",
                    message.Id, message.Purpose, message.Channel, message.Attempts);
                break;
            case DeliveryOutcome.TryAgain when message.Attempts < settings.MaxAttempts:
                var delay = TimeSpan.FromSeconds(Math.Min(settings.RetryBaseSeconds * Math.Pow(2, message.Attempts - 1), 3600));
                outbox.MarkRetry(message.Id, clock.GetUtcNow() + delay, result.Reason!);
                logger.LogWarning("Outbox message {OutboxId} not sent on attempt {Attempt}, retrying in {Delay}: {Reason}",
                    message.Id, message.Attempts, delay, Loggable(result.Reason!));
                break;
            default:
                var reason = result.Outcome == DeliveryOutcome.Failed ? result.Reason! : $"gave up after {message.Attempts} attempts: {result.Reason}";
                outbox.MarkFailed(message.Id, reason);
                logger.LogWarning("Outbox message {OutboxId} failed: {Reason}", message.Id, Loggable(reason));
                break;
        }

        return true;
    }

    /// <summary>
    /// One attempt at one message. Whatever it throws is that message's failure (a poison message), never the
    /// worker's: left to propagate, it would stop the host, and the message would be claimed again after the lease
    /// and stop it again after every restart.
    /// </summary>
    private async Task<DeliveryResult> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (channels.FirstOrDefault(c => c.Channel == message.Channel) is not { } channel)
        {
            // Held while the operator had the channel on, and it is off now: say so rather than guess another way.
            return new DeliveryResult(DeliveryOutcome.Failed, "this site no longer delivers letters that way");
        }

        try
        {
            return await channel.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryOutcome.Failed, $"the message could not be sent ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>
    /// A reason as the log may hold it: mail servers quote the addresses they refuse ("550 &lt;someone@...&gt; unknown"),
    /// and a requester's address is personal data. The message's own row keeps the reason whole for its owner.
    /// </summary>
    private static string Loggable(string reason) => AddressInText().Replace(reason, "{address}");

    [GeneratedRegex(@"[^\s<>(),;:""']+@[^\s<>(),;:""']+", RegexOptions.CultureInvariant)]
    private static partial Regex AddressInText();

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}

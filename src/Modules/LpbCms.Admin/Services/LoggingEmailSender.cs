using LpbCms.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace LpbCms.Admin.Services;

/// <summary>
/// The default <see cref="IEmailSender"/> when no real one is registered: writes the message to
/// the log, so an administrator can pass a reset link on by hand. Replace it for production mail.
/// </summary>
public sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        logger.LogWarning(
            "No e-mail sender is configured; the message is written here instead. To: {To}. Subject: {Subject}. Body: {Body}",
            message.To, message.Subject, message.Body);
        return Task.CompletedTask;
    }
}

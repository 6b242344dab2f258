namespace LpbCms.Core.Messaging;

/// <summary>
/// Sends e-mail (password reset links, notifications). The admin registers a default that writes
/// the message to the log; a host or module replaces it with a real sender (SMTP, a mail API).
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}

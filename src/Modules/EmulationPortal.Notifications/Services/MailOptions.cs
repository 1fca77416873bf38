namespace EmulationPortal.Notifications.Services;

/// <summary>The SMTP server notifications are sent through (<c>Portal:Mail</c>); without a host no e-mail is sent.</summary>
public sealed class MailOptions
{
    public const string Section = "Portal:Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>The sender, e.g. <c>Cổng thi đua &lt;thongbao@example.vn&gt;</c>.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>TLS required: implicit on port 465, STARTTLS on any other. False sends in the clear (a relay on the same host).</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The portal's public address for links in e-mails; by default the address the person acting used.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>The wait after the first failed try; it doubles with each try, up to an hour.</summary>
    public double RetrySeconds { get; set; } = 60;

    /// <summary>Tries before an e-mail is given up (about a day with the defaults).</summary>
    public int MaxAttempts { get; set; } = 30;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

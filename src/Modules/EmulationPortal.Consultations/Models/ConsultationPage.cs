using System.ComponentModel.DataAnnotations;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Media;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Consultations.Models;

/// <summary>One consultation as readers see it, with the comment form.</summary>
public sealed record ConsultationPage(
    ContentRecord Record,
    ConsultationData Data,
    ConsultationPeriod Period,
    DateOnly Today,
    string Countdown,
    string BodyHtml,
    IReadOnlyList<AttachmentLink> Attachments,
    NumberedLink? Decision,
    CommentForm Form)
{
    public bool IsOpen => Period.IsOpen(Today);
}

/// <summary>
/// What a reader sends. The limits keep one comment to what a person writes by hand; <see cref="Website"/> is a field
/// hidden from people, which only robots fill in.
/// </summary>
public sealed class CommentForm
{
    public const int MaxBody = 4000;

    [Required(ErrorMessage = "Xin cho biết họ và tên.")]
    [StringLength(120, ErrorMessage = "Họ và tên dài quá 120 ký tự.")]
    public string? SenderName { get; set; }

    [Required(ErrorMessage = "Xin cho biết số điện thoại hoặc địa chỉ thư điện tử để cơ quan liên hệ khi cần.")]
    [StringLength(120, ErrorMessage = "Số điện thoại hoặc thư điện tử dài quá 120 ký tự.")]
    public string? Contact { get; set; }

    [Required(ErrorMessage = "Xin cho biết địa chỉ nơi ở hoặc nơi công tác.")]
    [StringLength(300, ErrorMessage = "Địa chỉ dài quá 300 ký tự.")]
    public string? Address { get; set; }

    /// <summary>The candidate's name, or empty for a comment on the whole list.</summary>
    [StringLength(300)]
    public string? Candidate { get; set; }

    [Required(ErrorMessage = "Xin viết nội dung ý kiến.")]
    [StringLength(MaxBody, MinimumLength = 10, ErrorMessage = "Nội dung ý kiến cần từ 10 đến 4.000 ký tự.")]
    public string? Body { get; set; }

    public string? Website { get; set; }
}

/// <summary>A consultation in the list at /lay-y-kien.</summary>
public sealed record ConsultationCard(ContentRecord Record, ConsultationData Data, ConsultationPeriod Period, string Countdown, bool IsOpen);

public sealed record ConsultationListPage(IReadOnlyList<ConsultationCard> Open, IReadOnlyList<ConsultationCard> Closed);

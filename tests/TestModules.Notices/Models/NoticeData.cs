using EmulationPortal.Core.Content;

namespace TestModules.Notices.Models;

/// <summary>A notice of a cluster: when it was given and what it says.</summary>
public sealed class NoticeData : ContentData
{
    public DateOnly Date { get; set; }
    public string Body { get; set; } = "";

    public override void Validate(ValidationErrors errors)
    {
        errors.RequiredDate(Date, "date");
        errors.Required(Body, "body");
    }
}

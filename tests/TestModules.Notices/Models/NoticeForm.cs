using EmulationPortal.Mvc.Admin;

namespace TestModules.Notices.Models;

public sealed class NoticeForm : ContentEditorForm
{
    public DateOnly? Date { get; set; }
    public string Body { get; set; } = "";
}

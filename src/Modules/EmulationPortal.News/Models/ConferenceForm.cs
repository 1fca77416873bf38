using EmulationPortal.Mvc.Admin;

namespace EmulationPortal.News.Models;

public sealed class ConferenceForm : ContentEditorForm
{
    public DateOnly? Date { get; set; }
    public string Location { get; set; } = "";
    public string Body { get; set; } = "";
}

using EmulationPortal.Core.Content;

namespace TestModules.Notices.Models;

public sealed record NoticeListPage(IReadOnlyList<ContentRecord> Items);

public sealed record NoticePage(ContentRecord Record, NoticeData Data, string BodyHtml);

using System.ComponentModel.DataAnnotations;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Media;
using EmulationPortal.Mvc.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Site.Models;

/// <summary>The portal's name, the agency responsible and its contacts, as an administrator edits them.</summary>
/// <remarks>Text is trimmed as it is bound, so the checks and the page shown again see what will be stored.</remarks>
public sealed class SiteSettingsForm
{
    private string? _siteName;
    private string? _agency;
    private string? _address;
    private string? _phone;
    private string? _email;
    private string? _contentManager;
    private string? _contentManagerPosition;
    private string? _licence;

    [Required(ErrorMessage = "Chưa nhập tên cổng thông tin.")]
    [StringLength(150, ErrorMessage = "Tên cổng thông tin dài quá 150 ký tự.")]
    public string? SiteName { get => _siteName; set => _siteName = Trimmed(value); }

    [StringLength(200, ErrorMessage = "Tên cơ quan chủ quản dài quá 200 ký tự.")]
    public string? Agency { get => _agency; set => _agency = Trimmed(value); }

    [StringLength(300, ErrorMessage = "Địa chỉ dài quá 300 ký tự.")]
    public string? Address { get => _address; set => _address = Trimmed(value); }

    [StringLength(30, ErrorMessage = "Số điện thoại dài quá 30 ký tự.")]
    [RegularExpression(@"^\+?[0-9][0-9 .()-]{5,}$",
        ErrorMessage = "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc đơn và dấu + ở đầu (ví dụ 0238 3844 123).")]
    public string? Phone { get => _phone; set => _phone = Trimmed(value); }

    [StringLength(254, ErrorMessage = "Địa chỉ thư điện tử dài quá 254 ký tự.")]
    [MailAddress]
    public string? Email { get => _email; set => _email = Trimmed(value); }

    [StringLength(100, ErrorMessage = "Họ tên người chịu trách nhiệm nội dung dài quá 100 ký tự.")]
    public string? ContentManager { get => _contentManager; set => _contentManager = Trimmed(value); }

    [StringLength(150, ErrorMessage = "Chức vụ dài quá 150 ký tự.")]
    public string? ContentManagerPosition { get => _contentManagerPosition; set => _contentManagerPosition = Trimmed(value); }

    [StringLength(300, ErrorMessage = "Dòng giấy phép dài quá 300 ký tự.")]
    public string? Licence { get => _licence; set => _licence = Trimmed(value); }

    /// <summary>The logo already stored: the current one, or one sent with a form that came back, so it is not sent twice.</summary>
    public string? LogoKey { get; set; }

    /// <summary>A new logo; it replaces <see cref="LogoKey"/> once stored.</summary>
    public IFormFile? LogoFile { get; set; }

    public bool RemoveLogo { get; set; }

    /// <summary>The logo as the page shows it, when there is one.</summary>
    [BindNever]
    public PhotoUrls? Logo { get; set; }

    public static SiteSettingsForm From(SiteProfile profile) => new()
    {
        SiteName = profile.Name,
        Agency = profile.Agency,
        Address = profile.Address,
        Phone = profile.Phone,
        Email = profile.Email,
        ContentManager = profile.ContentManager,
        ContentManagerPosition = profile.ContentManagerPosition,
        Licence = profile.Licence,
        LogoKey = profile.LogoKey,
    };

    /// <summary>Every setting the form holds; an empty one is removed.</summary>
    public IReadOnlyDictionary<string, string?> ToSettings() => new Dictionary<string, string?>
    {
        [SiteSettings.SiteName] = SiteName,
        [SiteSettings.Agency] = Agency,
        [SiteSettings.Address] = Address,
        [SiteSettings.Phone] = Phone,
        [SiteSettings.Email] = Email,
        [SiteSettings.ContentManager] = ContentManager,
        [SiteSettings.ContentManagerPosition] = ContentManagerPosition,
        [SiteSettings.Licence] = Licence,
        [SiteSettings.Logo] = LogoKey,
    };

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

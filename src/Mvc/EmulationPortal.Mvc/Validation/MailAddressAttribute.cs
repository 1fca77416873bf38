using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace EmulationPortal.Mvc.Validation;

/// <summary>
/// An e-mail address as a mail server takes it: one address, nothing around it (DataAnnotations' own check lets
/// "a@b@c" or "Tên &lt;a@b&gt;" through). An empty field passes; <c>[Required]</c> says when it may not be empty.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MailAddressAttribute() : ValidationAttribute("Địa chỉ thư điện tử không hợp lệ.")
{
    public override bool IsValid(object? value) =>
        value is not string email || email.Length == 0
        || (email.Length <= 254 && MailAddress.TryCreate(email, out var address) && address.Address == email);
}

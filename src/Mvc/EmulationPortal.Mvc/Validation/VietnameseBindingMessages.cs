using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace EmulationPortal.Mvc.Validation;

/// <summary>
/// The framework's own messages for values it cannot bind ("The value 'abc' is invalid."), in Vietnamese.
/// They name no field: pages show each message after the field's Vietnamese label, as with every other error.
/// </summary>
public static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => Invalid(value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(Invalid);
        messages.SetValueIsInvalidAccessor(Invalid);
        messages.SetValueMustNotBeNullAccessor(_ => "chưa được nhập");
        messages.SetMissingBindRequiredValueAccessor(_ => "chưa được nhập");
        messages.SetMissingKeyOrValueAccessor(() => "chưa được nhập");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "yêu cầu gửi lên không có nội dung");
        messages.SetUnknownValueIsInvalidAccessor(_ => "giá trị đã nhập không hợp lệ");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "giá trị đã nhập không hợp lệ");
        messages.SetValueMustBeANumberAccessor(_ => "phải là một số");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "phải là một số");
    }

    private static string Invalid(string? value) => $"giá trị \"{value}\" không hợp lệ";
}

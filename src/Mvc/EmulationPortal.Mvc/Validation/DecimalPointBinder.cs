using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Mvc.Validation;

/// <summary>
/// Decimals typed in forms. A number field posts "98.5" whatever the page's language, while the site's culture
/// (vi-VN) reads "." as a thousands separator and would make it 985; people who type into a text field write "98,5".
/// Both are read as ninety-eight and a half.
/// </summary>
public sealed class DecimalPointBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue?.Trim().Replace(" ", "");
        if (string.IsNullOrEmpty(text))
        {
            // An empty field is no value: a nullable decimal stays null, a required one is reported as missing.
            return Task.CompletedTask;
        }
        var normalized = text.Contains('.') ? text : text.Replace(',', '.');
        if (decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustBeANumberAccessor(bindingContext.ModelName));
        }
        return Task.CompletedTask;
    }
}

public sealed class DecimalPointBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new DecimalPointBinder() : null;
}

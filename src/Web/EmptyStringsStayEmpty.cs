using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace EmulationPortal.Web;

/// <summary>
/// A field left empty in a form binds as "" rather than null, so form models can treat their text as
/// text; whether a field is required is the content's own validation to say.
/// </summary>
public sealed class EmptyStringsStayEmpty : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context) =>
        context.DisplayMetadata.ConvertEmptyStringToNull = false;
}

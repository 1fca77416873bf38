using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace EmulationPortal.Core.Data;

/// <summary>The data-protection key ring in the site's database, where every node finds it.</summary>
public sealed class DatabaseXmlRepository(IDbConnectionFactory connections, TimeProvider clock) : IXmlRepository
{
    // The key ring API is synchronous; it is read rarely (at start and when keys roll over).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = connections.OpenAsync().GetAwaiter().GetResult();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_utc").Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = connections.OpenAsync().GetAwaiter().GetResult();
        connection.Execute(
            "INSERT INTO data_protection_keys (name, xml, created_utc) VALUES (@friendlyName, @xml, @now) ON CONFLICT (name) DO NOTHING",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), now = clock.GetUtcNow().UtcDateTime });
    }
}

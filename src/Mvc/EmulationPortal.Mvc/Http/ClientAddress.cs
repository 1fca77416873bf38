using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace EmulationPortal.Mvc.Http;

/// <summary>
/// Who is asking, as far as limits and lockouts are concerned: the client's address (the real one once
/// forwarded headers from known proxies are applied), with IPv6 cut to its /64, since one home or phone
/// line is handed a whole /64 and could otherwise change address at every request.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

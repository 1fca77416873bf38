using System.Security.Cryptography;
using EmulationPortal.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace EmulationPortal.Users.Services;

/// <summary>
/// Sign-in by name and password that tells a stranger nothing: an unknown name, a wrong password and
/// a locked account give the same answer in about the same time, because a password hash is always
/// checked (a dummy one for an unknown name) before anything else is decided.
/// </summary>
public sealed class PortalSignIn(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, LoginLockouts lockouts)
{
    private static readonly PortalUser Nobody = new();
    private static string? s_dummyHash;

    /// <returns>Whether the person is now signed in.</returns>
    public async Task<bool> PasswordSignInAsync(string userName, string password, string address)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(Nobody, DummyHash(), password);
            return false;
        }
        var passwordMatches = await users.CheckPasswordAsync(user, password);
        if (await users.IsLockedOutAsync(user) || await lockouts.IsLockedAsync(user.Id, address) || !await signIn.CanSignInAsync(user))
        {
            // A locked account does not count failures: the lock runs out when it was set to.
            return false;
        }
        if (!passwordMatches)
        {
            await lockouts.RecordFailureAsync(user.Id, address);
            return false;
        }
        await lockouts.ResetAsync(user.Id, address);
        await signIn.SignInAsync(user, isPersistent: false);
        return true;
    }

    // Made with the same hasher and settings as real hashes, so checking it costs what a real check costs.
    private string DummyHash() =>
        s_dummyHash ??= users.PasswordHasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));
}

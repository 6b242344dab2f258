using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace LpbCms.Admin.Identity;

/// <summary>ASP.NET Core Identity's error messages in Dutch, for the admin's users (editors, not developers).</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Iemand anders heeft dit account intussen gewijzigd. Laad de pagina opnieuw.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Het wachtwoord is onjuist.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "De link is ongeldig of verlopen. Vraag een nieuwe aan.");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Deze aanmelding is al aan een ander account gekoppeld.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"De gebruikersnaam '{userName}' is ongeldig: gebruik alleen letters, cijfers en - . _ @ +.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Het e-mailadres '{email}' is ongeldig.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"De gebruikersnaam '{userName}' is al in gebruik.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Het e-mailadres '{email}' is al in gebruik.");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"De rolnaam '{role}' is ongeldig.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"De rol '{role}' bestaat al.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Deze gebruiker heeft al een wachtwoord.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Blokkeren is voor deze gebruiker niet ingeschakeld.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"De gebruiker heeft de rol '{role}' al.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"De gebruiker heeft de rol '{role}' niet.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Create(CultureInfo.InvariantCulture, $"Het wachtwoord moet minstens {length} tekens lang zijn."));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Create(CultureInfo.InvariantCulture, $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten."));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet minstens één leesteken of symbool bevatten.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Het wachtwoord moet minstens één cijfer bevatten.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Het wachtwoord moet minstens één kleine letter bevatten.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Het wachtwoord moet minstens één hoofdletter bevatten.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

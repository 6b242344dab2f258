using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace LpbCms.Users.OpenId;

/// <summary>
/// Two validation handlers around OpenIddict's token decryption and signature check: one before
/// it restores the principal of a token verified recently (OpenIddict then skips its own check,
/// which leaves an attached principal alone), one after it remembers the principal of a token
/// just verified. Everything later in the pipeline (claim mapping, expiry, audiences, the token's
/// database entry) runs as usual on the restored copy.
/// </summary>
public static class CachedTokenPrincipal
{
    private const string RestoredKey = "lpb-principal-restored";

    public static OpenIddictValidationHandlerDescriptor RestoreDescriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<Restore>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order - 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public static OpenIddictValidationHandlerDescriptor RememberDescriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<Remember>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public sealed class Restore(ValidatedPrincipalCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (context.Principal is null && !string.IsNullOrEmpty(context.Token) && cache.Find(context.Token) is { } principal)
            {
                context.Principal = principal;
                context.Transaction.Properties[RestoredKey] = true;
            }

            return ValueTask.CompletedTask;
        }
    }

    public sealed class Remember(ValidatedPrincipalCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (context.Principal is { } principal && !context.IsRejected && !string.IsNullOrEmpty(context.Token)
                && !context.Transaction.Properties.ContainsKey(RestoredKey))
            {
                cache.Add(context.Token, principal, principal.GetExpirationDate());
            }

            return ValueTask.CompletedTask;
        }
    }
}

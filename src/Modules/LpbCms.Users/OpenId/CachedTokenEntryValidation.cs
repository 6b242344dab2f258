using Microsoft.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace LpbCms.Users.OpenId;

/// <summary>
/// Takes the place of OpenIddict's token entry validation: an access token is accepted only while
/// its database entry exists and is valid (deleting a client deletes its tokens), but an entry
/// found valid is remembered in <see cref="ValidatedTokenCache"/> for a short time, so repeated
/// requests with the same token do not query the database each time.
/// </summary>
public sealed class CachedTokenEntryValidation(ValidatedTokenCache cache, IServiceScopeFactory scopes) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<CachedTokenEntryValidation>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateTokenEntry.Descriptor.Order)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is null)
        {
            return;
        }

        var tokenId = context.Principal.GetTokenId();
        if (string.IsNullOrEmpty(tokenId))
        {
            // Our server stores every token it issues: a token without an entry is not ours to accept.
            context.Reject(Errors.InvalidToken, "The token has no entry.");
            return;
        }

        if (cache.IsKnownValid(tokenId))
        {
            return;
        }

        // Only a miss needs the token manager (and with it a database context): resolved here, not per request.
        var request = context.Transaction.GetHttpRequest();
        await using var scope = request is null ? scopes.CreateAsyncScope() : (AsyncServiceScope?)null;
        var tokens = (request?.HttpContext.RequestServices ?? scope!.Value.ServiceProvider).GetRequiredService<IOpenIddictTokenManager>();
        var generation = cache.Generation;
        var entry = await tokens.FindByIdAsync(tokenId, context.CancellationToken);
        if (entry is null || !await tokens.HasStatusAsync(entry, Statuses.Valid, context.CancellationToken))
        {
            context.Reject(Errors.InvalidToken, "The token is no longer valid.");
            return;
        }

        cache.Add(tokenId, generation);
    }
}

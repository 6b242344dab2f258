using System.Globalization;
using System.Text.Json.Nodes;
using LpbCms.Core.Recipes;
using LpbCms.Core.Settings;
using LpbCms.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Setup;

/// <summary>
/// First-run setup. Runs under the cross-process "setup" lock and checks the site settings again
/// inside it, so of two processes starting together only the first seeds and the second finds the
/// site set up. The admin user, the recipe's data and the "setup done" mark commit together.
/// </summary>
public sealed class SetupService : ISetupService
{
    public const string LockName = "setup";

    private readonly ISiteService _siteService;
    private readonly IAppLock _appLock;
    private readonly IUnitOfWork _unitOfWork;
    private readonly IUserProvisioner _userProvisioner;
    private readonly IRecipeHarvester _recipeHarvester;
    private readonly IRecipeExecutor _recipeExecutor;
    private readonly IOptions<SetupOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SetupService> _logger;

    public SetupService(
        ISiteService siteService,
        IAppLock appLock,
        IUnitOfWork unitOfWork,
        IUserProvisioner userProvisioner,
        IRecipeHarvester recipeHarvester,
        IRecipeExecutor recipeExecutor,
        IOptions<SetupOptions> options,
        TimeProvider timeProvider,
        ILogger<SetupService> logger)
    {
        _siteService = siteService;
        _appLock = appLock;
        _unitOfWork = unitOfWork;
        _userProvisioner = userProvisioner;
        _recipeHarvester = recipeHarvester;
        _recipeExecutor = recipeExecutor;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<bool> IsSetUpAsync(CancellationToken ct = default)
    {
        var settings = await _siteService.GetSiteSettingsAsync(ct);
        return SetupState.IsCompleted(settings);
    }

    public async Task<bool> EnsureSetupAsync(CancellationToken ct = default) =>
        await RunSetupAsync(null, null, ct) is not null;

    /// <summary>
    /// Sets the site up when it is not set up yet, with <paramref name="setupRecipe"/> instead of
    /// the configured recipe when given (as Orchard's setup lets one pick the recipe).
    /// Returns the recipe's result, or null when the site was already set up.
    /// </summary>
    public async Task<RecipeResult?> RunSetupAsync(RecipeDescriptor? setupRecipe, IProgress<RecipeProgress>? progress, CancellationToken ct = default)
    {
        var options = _options.Value;

        // The first read of the settings happens inside the lock, so a process that waited for
        // another one's setup sees its committed result rather than a value cached before it.
        await using var lease = await _appLock.AcquireAsync(LockName, options.LockTimeout, ct);
        if (await IsSetUpAsync(ct))
        {
            _logger.LogDebug("The site is already set up.");
            return null;
        }

        var recipe = setupRecipe ?? await _recipeHarvester.FindAsync(options.Recipe, ct)
            ?? throw new SetupException(
                $"The setup recipe '{options.Recipe}' was not found in the recipe folders (LpbCms:Recipes:Folders); " +
                "check LpbCms:Setup:Recipe against the 'name' in the recipe files.");

        _logger.LogInformation("Setting up site '{SiteName}' with recipe '{Recipe}'.", options.SiteName, recipe.Name);
        await using var transaction = await _unitOfWork.BeginAsync(ct);
        var password = await ResolveAdminPasswordAsync(options, transaction, ct);
        var admin = await CreateAdministratorAsync(options, password, ct);
        var result = await _recipeExecutor.ExecuteAsync(recipe, CreateContext(options, admin, progress), ct);
        await _siteService.UpdateAsync(settings => MarkCompleted(settings, options.SiteName, recipe.Name, admin), ct);
        await transaction.CommitAsync(ct);

        _logger.LogInformation(
            "Setup done in {Duration} ms: recipe '{Recipe}' ran {Steps} steps ({Skipped} skipped), admin user '{UserName}'.",
            (long)result.Duration.TotalMilliseconds,
            result.RecipeName,
            result.StepsExecuted,
            result.SkippedSteps.Count,
            admin.UserName);
        return result;
    }

    private async Task<ProvisionedUser> CreateAdministratorAsync(SetupOptions options, string password, CancellationToken ct)
    {
        try
        {
            return await _userProvisioner.EnsureAdministratorAsync(options.AdminUserName, options.AdminEmail, password, ct);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or DatabaseUnavailableException or SetupException))
        {
            // Typically the user store refusing the configured values (a password that breaks the
            // password rules, an invalid user name): say which setting to change.
            throw new SetupException(
                $"The administrator '{options.AdminUserName}' cannot be created (check LpbCms:Setup:AdminUserName, AdminEmail and AdminPassword): {ex.Message}",
                ex);
        }
    }

    private async Task<string> ResolveAdminPasswordAsync(SetupOptions options, ITransaction transaction, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(options.AdminPassword))
        {
            return options.AdminPassword;
        }

        var file = Path.GetFullPath(options.InitialAdminPasswordFile!);
        var password = AdminPasswordGenerator.Generate();
        await InitialPasswordFile.WriteAsync(file, password, ct);

        // A rolled back setup created no user, so its password must not stay behind.
        transaction.OnRolledBack(() =>
        {
            InitialPasswordFile.Delete(file);
            return Task.CompletedTask;
        });
        _logger.LogWarning(
            "No admin password was configured (LpbCms:Setup:AdminPassword); a generated one was written to {PasswordFile} (readable by its owner only). Change it after signing in and delete the file.",
            file);
        return password;
    }

    private static RecipeExecutionContext CreateContext(SetupOptions options, ProvisionedUser admin, IProgress<RecipeProgress>? progress) => new()
    {
        Progress = progress,
        Parameters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["SiteName"] = options.SiteName,
            ["AdminUserId"] = admin.UserId,
            ["AdminUsername"] = admin.UserName,
            ["AdminEmail"] = admin.Email,
        },
    };

    private void MarkCompleted(JsonObject settings, string siteName, string recipeName, ProvisionedUser admin)
    {
        settings["SiteName"] = siteName;
        settings[SetupState.SectionName] = new JsonObject
        {
            [SetupState.CompletedKey] = true,
            ["CompletedUtc"] = _timeProvider.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["Recipe"] = recipeName,
            [SetupState.AdminUserIdKey] = admin.UserId,
            [SetupState.AdminUserNameKey] = admin.UserName,
        };
    }
}

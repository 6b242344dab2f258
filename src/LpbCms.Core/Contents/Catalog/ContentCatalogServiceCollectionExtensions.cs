using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>
/// Registers parts and fields in the catalogue, in the spirit of Orchard's
/// <c>services.AddContentPart&lt;TitlePart&gt;().AddHandler&lt;TitlePartHandler&gt;()</c>.
/// </summary>
public static class ContentCatalogServiceCollectionExtensions
{
    /// <summary>A part with a typed view: its name is the model's class name.</summary>
    public static ContentPartBuilder AddContentPart<TPart>(this IServiceCollection services)
        where TPart : class
    {
        var builder = services.AddContentPart(typeof(TPart).Name, typeof(TPart).Assembly);
        ((ContentPartRegistration)Registrations(services).Parts[^1]).ModelType = typeof(TPart);
        return builder;
    }

    /// <summary>A part without a typed view (its JSON is read through the catalogue's properties).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ContentPartBuilder AddContentPart(this IServiceCollection services, string name) =>
        services.AddContentPart(name, Assembly.GetCallingAssembly());

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ContentFieldBuilder AddContentField(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registrations = Registrations(services);
        ThrowIfTaken(registrations.Fields, name, "field type", Assembly.GetCallingAssembly());
        var registration = new ContentFieldRegistration(name, Owner(Assembly.GetCallingAssembly()));
        registrations.Fields.Add(registration);
        return new ContentFieldBuilder(services, registration);
    }

    /// <summary>
    /// A content handler that serves all parts or fields rather than one (e.g. the field shape
    /// checks), run in <paramref name="stage"/> before the part and field handlers of that stage.
    /// </summary>
    public static IServiceCollection AddCatalogHandler<THandler>(this IServiceCollection services, ContentHandlerStage stage)
        where THandler : class, Handlers.IContentHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        Registrations(services).Handlers.Add(new ContentHandlerRegistration(typeof(THandler), stage, typeof(THandler).Assembly.GetName().Name ?? ""));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Handlers.IContentHandler, THandler>());
        return services;
    }

    private static ContentPartBuilder AddContentPart(this IServiceCollection services, string name, Assembly caller)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registrations = Registrations(services);
        ThrowIfTaken(registrations.Parts, name, "part", caller);
        var registration = new ContentPartRegistration(name, Owner(caller));
        registrations.Parts.Add(registration);
        return new ContentPartBuilder(services, registration);
    }

    private static void ThrowIfTaken<T>(IList<T> registered, string name, string what, Assembly caller)
        where T : ContentElementRegistration
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ContentCatalogException($"A {what} registered by {Owner(caller)} has no name.");
        }

        if (registered.FirstOrDefault(r => r.Name == name) is { } existing)
        {
            throw new ContentCatalogException($"The {what} '{name}' is registered twice: by {existing.RegisteredBy} and by {Owner(caller)}.");
        }
    }

    private static string Owner(Assembly assembly) => assembly.GetName().Name ?? "an unnamed assembly";

    /// <summary>The one registration list of the service collection, created (with the catalogue) on first use.</summary>
    public static ContentCatalogRegistrations Registrations(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(ContentCatalogRegistrations))?.ImplementationInstance is ContentCatalogRegistrations existing)
        {
            return existing;
        }

        var registrations = new ContentCatalogRegistrations();
        services.AddSingleton(registrations);
        services.AddSingleton<IContentCatalog>(sp => new ContentCatalog(sp.GetRequiredService<ContentCatalogRegistrations>()));
        return registrations;
    }

    /// <summary>Makes sure a catalogue is registered (an empty one when no module adds parts), as the core needs one.</summary>
    public static IServiceCollection AddContentCatalog(this IServiceCollection services)
    {
        Registrations(services);
        return services;
    }
}

using System.Text;
using LpbCms.Display.Templates;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace LpbCms.Display.Liquid;

/// <summary>
/// Lets <c>{% render 'Pager' %}</c> find partial templates through the same resolution as pages
/// (a theme's template overrides a module's). Templates are read-only and never change while running.
/// </summary>
internal sealed class TemplateFileProvider(TemplateResolver resolver) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.TrimStart('/');
        if (name.EndsWith(EmbeddedTemplateSource.Extension, StringComparison.Ordinal))
        {
            name = name[..^EmbeddedTemplateSource.Extension.Length];
        }

        return resolver.Resolve([name]) is { } template ? new TemplateFileInfo(template) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class TemplateFileInfo(ResolvedTemplate template) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(template.Text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => template.Name + EmbeddedTemplateSource.Extension;

        /// <summary>Fixed: Fluid caches parsed partials by path and this date, and templates never change.</summary>
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}

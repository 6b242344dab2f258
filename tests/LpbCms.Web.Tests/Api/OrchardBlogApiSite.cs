using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Api;

/// <summary>The API helpers on a fresh site set up with Orchard Core's stock blog recipe.</summary>
public sealed class OrchardBlogApiSite() : ApiSite(LpbCmsFactory.Create(settings: OrchardBlogSiteFixture.Settings));

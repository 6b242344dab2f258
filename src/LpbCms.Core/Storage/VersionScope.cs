namespace LpbCms.Core.Storage;

/// <summary>Which version of an item a read wants (Orchard's VersionOptions for reads).</summary>
public enum VersionScope
{
    /// <summary>The published version.</summary>
    Published,

    /// <summary>The latest version, draft or published.</summary>
    Latest,

    /// <summary>The latest version only when it is an unpublished draft.</summary>
    Draft,

    /// <summary>Every stored version, old ones included (Orchard's <c>VersionOptions.AllVersions</c>, GraphQL's <c>status: ALL</c>).</summary>
    All,
}

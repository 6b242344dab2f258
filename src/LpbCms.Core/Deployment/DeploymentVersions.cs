namespace LpbCms.Core.Deployment;

/// <summary>Which content versions a backup holds.</summary>
public enum DeploymentVersions
{
    /// <summary>Each item's published and latest version (the draft beside a published one included).</summary>
    Latest,

    /// <summary>Every stored version, history included.</summary>
    All,
}

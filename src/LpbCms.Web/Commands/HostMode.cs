namespace LpbCms.Web.Commands;

/// <summary>What the process was started to do.</summary>
public enum HostMode
{
    /// <summary>Serve the site (no command given).</summary>
    Serve,

    /// <summary><c>recipe run &lt;file&gt;</c>.</summary>
    RunRecipe,

    /// <summary><c>export &lt;file.zip&gt; [--versions all|latest]</c>: write a full backup.</summary>
    Export,

    /// <summary><c>import &lt;file.zip&gt;</c>: restore a backup into an empty site.</summary>
    Import,

    /// <summary><c>help</c>: print the usage text and exit 0.</summary>
    Help,

    /// <summary>An unknown or incomplete command: print the usage text and exit 2.</summary>
    Invalid,
}

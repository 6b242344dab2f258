namespace LpbCms.Web.Tests.Faults;

/// <summary>
/// Checks stored titles against acknowledged writes. A stored title is right when it comes from an
/// acknowledged write that no other acknowledged write to the same item followed (started after
/// it had been answered); anything else lost an acknowledged update.
/// </summary>
internal static class LostUpdates
{
    public static IReadOnlyList<string> Find(IEnumerable<AcknowledgedWrite> acknowledged, IReadOnlyDictionary<string, string?> storedTitles)
    {
        var problems = new List<string>();
        foreach (var writes in acknowledged.GroupBy(w => w.ItemId, StringComparer.Ordinal))
        {
            if (!storedTitles.TryGetValue(writes.Key, out var stored) || stored is null)
            {
                problems.Add($"{writes.Key}: acknowledged but not stored");
                continue;
            }

            var candidates = writes.Where(w => !writes.Any(later => later.Started > w.Ended)).Select(w => w.Title).ToHashSet(StringComparer.Ordinal);
            if (!candidates.Contains(stored))
            {
                problems.Add($"{writes.Key}: stored '{stored}', expected one of {string.Join(", ", candidates)}");
            }
        }

        return problems;
    }
}

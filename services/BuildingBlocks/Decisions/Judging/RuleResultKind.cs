namespace TravelCorridor.Decisions.Judging;

/// <summary>How one rule judged an application.</summary>
public enum RuleResultKind
{
    Passed,
    Failed,
    /// <summary>The rule's Origins or Purposes exclude this trip; it was not evaluated.</summary>
    NotApplicable,
    /// <summary>The logic could not be evaluated on this application; never clears anyone.</summary>
    Error,
}

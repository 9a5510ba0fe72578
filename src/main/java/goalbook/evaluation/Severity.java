package goalbook.evaluation;

/** ERROR makes a submission invalid; WARNING is shown but does not. */
public enum Severity { ERROR, WARNING }

package goalbook.goals;

/**
 * Which way a part's figure should move when the target rule alone would say otherwise, e.g.
 * structure A's utilisation of the loan frame: judged "at most 100 %" but meant "as high as
 * possible", so {@code HIGHER}. Written {@code better: higher} on a goal part.
 */
public enum Better { HIGHER, LOWER }

/**
 * Consolidation to group level (koncernnivå): each region's latest version re-evaluated with the
 * current reference data, the group's inputs aggregated by each measure's rule (sums; weighted
 * means; centrally measured values from the reference data's group row) and evaluated by the same
 * {@link goalbook.evaluation.Evaluator}, so a group share is Σ numerators / Σ denominators, never a
 * mean of the regions' ratios. Pure domain: free of HTTP, POI and SQL.
 *
 * <p>Public surface: {@link goalbook.consolidation.Consolidator#consolidate}, the records
 * {@link goalbook.consolidation.RegionSubmission}, {@link goalbook.consolidation.Consolidation} and
 * {@link goalbook.consolidation.RegionGap}. Readings of DOMAIN.md made here: measures computed
 * together (one goal's or index's expression) take the same regions, so a region whose numerator is
 * invalid is left out of the denominator too; a reference measure's group value is the group row's
 * when set, otherwise its aggregation over every region's level.
 */
package goalbook.consolidation;

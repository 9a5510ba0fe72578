/** Outside sources of reference data: Statistics Sweden's PxWeb API (json-stat2), rate limited, all or nothing. */
package goalbook.sources;

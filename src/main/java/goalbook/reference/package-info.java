/**
 * Reference data the controller keeps per structure, year and region (plus a group row): plan
 * levels and comparison-group values, their JSON form, and how a quarter's value is derived from
 * an annual level. Pure domain: free of HTTP, POI and SQL.
 */
package goalbook.reference;

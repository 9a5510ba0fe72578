/**
 * Goal structures as data: areas, goals, measures, target rules and composite indices, loaded and
 * checked from the YAML files under {@code templates/}. Free of HTTP, POI and SQL.
 */
package goalbook.goals;

/**
 * Who is calling and what they may see: principals with roles REGION (one region), CONTROLLER and
 * BOARD, resolved from bearer tokens; demo tokens when no tokens file is configured.
 */
package goalbook.access;

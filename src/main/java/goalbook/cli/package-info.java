/**
 * The tool commands of {@code java -jar goalbook.jar}: {@code check}, {@code issue-token},
 * {@code verify-audit}, {@code backup} and {@code fetch-reference}, sharing one {@code --db} option.
 */
package goalbook.cli;

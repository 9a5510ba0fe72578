/**
 * The HTTP API (Javalin): routes per feature, bearer-token authentication, and one place that maps
 * exceptions to {@code application/problem+json} answers. The only package that imports Javalin.
 */
package goalbook.http;

/**
 * The Apache Spark sweep engine ({@code kubesim sweep --engine spark}): a sweep's replication
 * blocks as a Spark job, one task per block, on an embedded {@code local[*]} master or on a
 * cluster through {@code spark-submit}. Spark is not on the plain CLI's class path; this module
 * is found through {@link java.util.ServiceLoader} when {@code kubesim-spark.jar} is.
 */
package io.kubesim.spark;

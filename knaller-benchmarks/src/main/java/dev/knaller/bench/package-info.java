/** JMH benchmarks. */
package dev.knaller.bench;

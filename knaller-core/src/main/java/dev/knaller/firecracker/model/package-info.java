/**
 * Immutable records for every definition of the Firecracker v1.16.1 swagger, and enums for its enum
 * fields.
 *
 * <p>Field names are the swagger's in camelCase ({@code mem_size_mib} is {@code memSizeMib}); null
 * means "not set" and is omitted on the wire. Two definitions are renamed to avoid clashes: {@code
 * Error} is {@link dev.knaller.firecracker.model.ApiError}, {@code FirecrackerVersion} is {@link
 * dev.knaller.firecracker.model.FirecrackerVersionInfo}. {@code MmdsContentsObject} is free-form
 * JSON and travels as a {@code Map<String, Object>} tree (see {@link dev.knaller.json}).
 */
package dev.knaller.firecracker.model;

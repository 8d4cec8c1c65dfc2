/**
 * Writing files safely: {@link org.obaframework.examples.files.AtomicFile} writes a file whole or
 * not at all, through a temporary file beside it, and never deletes a path it was given. The
 * {@code oba} command's {@code --out} and the examples' {@code write(Path)} methods use it.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples.files;

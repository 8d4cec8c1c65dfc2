/** Serializers and deserializers of {@link org.obaframework.json.ObaModule}; not exported. */
@org.jspecify.annotations.NullMarked
package org.obaframework.json.internal;

/**
 * Helpers with no knowledge of the compendium (JSON, XML, pinyin, Chinese dates, parallel lists): used by
 * every stage, never by an adapter.
 */
package org.compendium.core.internal;

package org.convener.organising;

/** An uploaded file's content, kept once however many records point at it. */
public record StoredFile(long id, String sha256, FileType type, int size) {}

package org.convener.votes;

import java.util.List;

/** One page of divisions found by title, newest first. */
public record DivisionPage(List<Division> divisions, int page, int pages, int total) {}

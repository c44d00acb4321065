package org.convener.engagements;

public record Topic(long id, String name, boolean retired) {}

package org.convener.organising.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convener.groups.Group;
import org.convener.organising.Background;
import org.convener.organising.Candidate;
import org.convener.organising.Course;

/**
 * What a candidate's page shows a viewer. Parts the viewer may not see are absent, not hidden:
 * {@code background} is {@code null} unless they may read it, {@code support} empty unless they may.
 */
public record CandidatePage(
        Group group,
        Candidate candidate,
        String name,
        String mentor,
        boolean manage,
        boolean own,
        boolean showsSupport,
        List<Candidate.Recorded> moves,
        Map<String, String> movedBy,
        List<Candidate.PlanStep> plan,
        List<Candidate.Training> training,
        List<Course.Progress> courses,
        List<Candidate.SupportNeed> support,
        Background background,
        List<Long> members,
        Map<Long, String> names,
        LocalDate today) {}

package org.convener.organising.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convener.groups.Group;
import org.convener.organising.Course;

/**
 * What a course's page shows.
 *
 * @param attendance who was at each session, for those who run the group
 * @param notYetDone members who have not completed it, for those who run the group
 */
public record CoursePage(
        Group group,
        Course course,
        boolean manager,
        boolean member,
        boolean enrolled,
        List<Course.Session> sessions,
        Map<Long, List<Course.Material>> materials,
        List<Long> enrolledPeople,
        Map<Long, Set<Long>> attendance,
        Map<Long, LocalDate> completions,
        Map<Long, Integer> attendedCounts,
        List<Long> notYetDone,
        List<Long> members,
        Map<Long, String> names,
        LocalDate today) {

    public String name(long personId) {
        return names.getOrDefault(personId, "person " + personId);
    }

    public int required() {
        return course.required(sessions.size());
    }
}

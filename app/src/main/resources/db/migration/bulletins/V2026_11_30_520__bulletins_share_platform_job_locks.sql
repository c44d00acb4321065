-- The weekly bulletin job takes its lock in platform.shedlock with every other scheduled job.
drop table bulletins.shedlock;

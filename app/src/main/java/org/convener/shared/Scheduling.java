package org.convener.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Nightly jobs, such as erasing records past their retention period. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {}

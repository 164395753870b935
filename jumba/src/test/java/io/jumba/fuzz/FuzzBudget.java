package io.jumba.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzz properties' seed and tries: fixed in the normal test run (seed 15, the tries each property names), and
 * from {@code -Djumba.fuzz.seed} and {@code -Djumba.fuzz.tries} for a long run (docs/reliability.md).
 */
public final class FuzzBudget implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setSeed(System.getProperty("jumba.fuzz.seed", "15"));
        Integer tries = Integer.getInteger("jumba.fuzz.tries");
        if (tries != null) context.attributes().setTries(tries);
        return property.execute();
    }
}

package io.jumba.bench.suite;

import io.jumba.bench.BenchCase;
import io.jumba.bench.jmh.CaseBindings;
import io.jumba.bench.jmh.Impl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case/implementation matrix of a run: per case (in cases.json's order) the sizes to run and those of the asked
 * implementations the case has (every case has plain Java and Jumba; Vector API and EJML versions exist for some).
 *
 * @param entries the cases that run, each with at least one implementation
 */
public record SuitePlan(List<Entry> entries) {

    /** One case of the plan. */
    public record Entry(BenchCase benchCase, List<String> sizes, List<Impl> impls) {
        public Entry {
            sizes = List.copyOf(sizes);
            impls = List.copyOf(impls);
        }

        /** Benchmarks this case runs at one width. */
        public int benchmarks() {
            return sizes.size() * impls.size();
        }
    }

    public SuitePlan {
        entries = List.copyOf(entries);
    }

    /**
     * The plan for {@code names} (empty: every case) of {@code all}, at {@code sizes}, with {@code impls}; throws
     * with the known names for an unknown case, and for a size a case does not have.
     */
    public static SuitePlan of(List<BenchCase> all, List<String> names, List<String> sizes, List<Impl> impls) {
        Set<String> known = all.stream().map(BenchCase::name).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown case(s) " + String.join(", ", unknown) + "; the suite has "
                    + String.join(", ", known));
        }
        List<Entry> entries = new ArrayList<>();
        for (BenchCase c : all) {
            if (!names.isEmpty() && !names.contains(c.name())) continue;
            for (String size : sizes) c.sizeParams(size);
            List<Impl> has = CaseBindings.implementations(c.name()).stream().filter(impls::contains).toList();
            if (!has.isEmpty()) entries.add(new Entry(c, sizes, has));
        }
        if (entries.isEmpty()) throw new IllegalArgumentException("no case has any of the implementations asked for");
        return new SuitePlan(entries);
    }

    /** Benchmarks at one width. */
    public int benchmarks() {
        return entries.stream().mapToInt(Entry::benchmarks).sum();
    }

    /** The case names in order. */
    public List<String> caseNames() {
        return entries.stream().map(e -> e.benchCase().name()).toList();
    }
}

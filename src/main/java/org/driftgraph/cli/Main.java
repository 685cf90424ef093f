package org.driftgraph.cli;
public final class Main { public static void main(String[] a) {} }

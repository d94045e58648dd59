package dev.deepforward;
public final class Launcher { public static void main(String[] a) {} }

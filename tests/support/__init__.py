"""Test helpers shared by several suites: a real server on loopback, a fault-injecting TCP proxy."""

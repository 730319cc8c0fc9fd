# Fuzzes the collector's request handling: its endpoints directly (fast), and raw bytes over a
# real socket to a collector running in-process (method, path, headers, body as sent).
feedbackkit_add_fuzzer(fuzz_collector SOURCES fuzz_collector.cpp CORPUS collector
    LIBS FeedbackKit::Collector nlohmann_json::nlohmann_json)

# Fuzzes reading an outbox written by an older or damaged file: odd rows, and damaged pages.
feedbackkit_add_fuzzer(fuzz_outbox SOURCES fuzz_outbox.cpp CORPUS outbox LIBS FeedbackKit::Core Qt6::Sql)

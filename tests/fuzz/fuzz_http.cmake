# Fuzzes the transport's HTTP/1.1 answer parser with whatever a server might send, cut anywhere.
feedbackkit_add_fuzzer(fuzz_http_response SOURCES fuzz_http_response.cpp CORPUS http
    LIBS FeedbackKit::Core)

#include "backend_p.h"

#include "honeyhivebackend_p.h"

namespace FeedbackKit {

Backend::~Backend() = default;

std::unique_ptr<Backend> Backend::create(const ClientConfig &config)
{
    switch (config.backend) {
    case ClientConfig::Backend::HoneyHive:
        break;
    }
    return std::make_unique<HoneyHiveBackend>(config);
}

} // namespace FeedbackKit

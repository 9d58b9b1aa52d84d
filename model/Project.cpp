#include "Project.h"

namespace headroom {

std::vector<Stage> Project::defaultStages()
{
    return {{"1K users", 1e3}, {"10K users", 1e4}, {"100K users", 1e5},
            {"1M users", 1e6}, {"10M users", 1e7}};
}

const char *trafficClassKey(TrafficClass trafficClass)
{
    switch (trafficClass) {
    case TrafficClass::Read: return "read";
    case TrafficClass::Write: return "write";
    case TrafficClass::All: break;
    }
    return "all";
}

} // namespace headroom

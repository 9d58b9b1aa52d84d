#include "ComponentSpec.h"

namespace headroom {

const ParamSpec *ComponentSpec::param(const std::string &name) const
{
    for (const ParamSpec &spec : params)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

const char *categoryName(Category category)
{
    switch (category) {
    case Category::Entry: return "Entry";
    case Category::EdgeAndNetwork: return "Edge & network";
    case Category::Compute: return "Compute";
    case Category::Data: return "Data";
    case Category::Messaging: return "Messaging";
    case Category::Storage: return "Storage";
    }
    return "";
}

} // namespace headroom

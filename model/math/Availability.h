// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <optional>

namespace headroom {

// Availability is carried as unavailability U = 1 − A wherever it matters: 1 − 0.99999
// loses digits in double precision, U = 1e-5 does not.

// P(fewer than k of n independent instances are up), each up with probability p.
// Summed in log space with lgamma; exact enough for n in the millions.
double kOfNUnavailability(long long n, long long k, double instanceAvailability);

// Unavailability of a series of parts that must all be up: 1 − Π(1 − Uᵢ),
// accumulated as Σ log1p(−Uᵢ) so tiny Uᵢ survive.
class SeriesAvailability
{
public:
    void add(double unavailability);
    double unavailability() const;
    double availability() const { return 1.0 - unavailability(); }

private:
    double m_logAvailability = 0.0;
    bool m_down = false;
};

// nines = −log10(U); empty when U = 0 (always up: no finite number of nines).
std::optional<double> ninesOf(double unavailability);

// Downtime in minutes per year: U × 525 600 (365 days × 24 h × 60 min).
double downtimeMinutesPerYear(double unavailability);

} // namespace headroom

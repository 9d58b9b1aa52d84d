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

// Unavailability of a series of parts that must all be up: U = 1 − Π(1 − Uᵢ), accumulated as
// U ← U + Uᵢ·(1 − U). Every term is non-negative and 1 − U is only formed where U is the larger
// share, so tiny Uᵢ keep their digits (1e-12 in series with 1e-12 gives 2e-12 − 1e-24) without a
// logarithm per part; tests/model/tst_series_exact checks it against exact rational sums.
class SeriesAvailability
{
public:
    void add(double unavailability)
    {
        if (unavailability >= 1.0)
            m_unavailability = 1.0;
        else if (unavailability > 0.0)
            m_unavailability += unavailability * (1.0 - m_unavailability);
    }
    double unavailability() const { return m_unavailability; }
    double availability() const { return 1.0 - m_unavailability; }

private:
    double m_unavailability = 0.0;
};

// nines = −log10(U); empty when U = 0 (always up: no finite number of nines).
std::optional<double> ninesOf(double unavailability);

// Downtime in minutes per year: U × 525 600 (365 days × 24 h × 60 min).
double downtimeMinutesPerYear(double unavailability);

} // namespace headroom

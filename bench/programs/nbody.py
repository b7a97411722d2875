"""N-body: the Sun and the four giant planets under Newtonian gravity, advanced
with a symplectic Euler step. Float arithmetic on lists and tuples.

    nbody.py [STEPS]
"""

import sys

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

# name: ([x, y, z], [vx, vy, vz] in AU/day, mass in solar masses)
BODIES = {
    "sun": ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], 1.0),
    "jupiter": (
        [4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01],
        [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05],
        9.54791938424326609e-04,
    ),
    "saturn": (
        [8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01],
        [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05],
        2.85885980666130812e-04,
    ),
    "uranus": (
        [1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01],
        [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05],
        4.36624404335156298e-05,
    ),
    "neptune": (
        [1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01],
        [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05],
        5.15138902046611451e-05,
    ),
}


def make_bodies():
    """Each body as [position, velocity in AU/year, mass * SOLAR_MASS]."""
    return [
        [list(pos), [v * DAYS_PER_YEAR for v in vel], mass * SOLAR_MASS]
        for pos, vel, mass in BODIES.values()
    ]


def offset_momentum(bodies):
    """Gives the Sun the velocity that makes the system's momentum zero."""
    px = py = pz = 0.0
    for _, (vx, vy, vz), m in bodies:
        px += vx * m
        py += vy * m
        pz += vz * m
    sun_velocity = bodies[0][1]
    sun_velocity[:] = [-px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS]


def energy(bodies):
    """Kinetic plus potential energy."""
    total = 0.0
    for i, (pos, vel, m) in enumerate(bodies):
        total += 0.5 * m * (vel[0] ** 2 + vel[1] ** 2 + vel[2] ** 2)
        for other_pos, _, other_m in bodies[i + 1 :]:
            dx, dy, dz = (a - b for a, b in zip(pos, other_pos))
            total -= m * other_m / (dx * dx + dy * dy + dz * dz) ** 0.5
    return total


def advance(bodies, pairs, dt, steps):
    """Moves the system `steps` steps of `dt` years."""
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            mag = dt * (dx * dx + dy * dy + dz * dz) ** -1.5
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for pos, (vx, vy, vz), _ in bodies:
            pos[0] += dt * vx
            pos[1] += dt * vy
            pos[2] += dt * vz


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    bodies = make_bodies()
    pairs = [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1 :]]
    offset_momentum(bodies)
    before = energy(bodies)
    advance(bodies, pairs, 0.01, steps)
    print(f"steps {steps}: energy {before:.9f} -> {energy(bodies):.9f}")


main()

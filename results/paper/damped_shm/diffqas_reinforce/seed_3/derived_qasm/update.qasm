// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.087377481173) q[0];
ry(pi*-0.12381184464) q[1];
ry(pi*0.012057953114) q[2];
ry(pi*0.285388127739) q[3];
ry(pi*0.024618833451) q[4];
ry(pi*-0.006468296459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077484431223) q[0];
ry(pi*0.08204357775) q[1];
ry(pi*0.138226285351) q[2];
ry(pi*-0.037304633917) q[3];
ry(pi*-0.11015353433) q[4];
ry(pi*-0.020077786925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.125168822987) q[0];
ry(pi*0.024383519205) q[1];
ry(pi*0.246256930482) q[2];
ry(pi*0.509242777681) q[3];
ry(pi*0.491391850612) q[4];
ry(pi*0.001142463939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.158077385887) q[0];
ry(pi*-0.030209378861) q[1];
ry(pi*-0.333029361246) q[2];
ry(pi*-0.085439272701) q[3];
ry(pi*-0.002343903774) q[4];
ry(pi*-0.506753932638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.278374244425) q[0];
ry(pi*0.017875743423) q[1];
ry(pi*0.076961684592) q[2];
ry(pi*-0.005280019634) q[3];
ry(pi*-0.024234936503) q[4];
ry(pi*0.002057407132) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000118866997) q[0];
ry(pi*7.4664275e-05) q[1];
ry(pi*-7.6940166e-05) q[2];
ry(pi*-1.1049257e-05) q[3];
ry(pi*2.3692907e-05) q[4];
ry(pi*-8.3682574e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.2482877e-05) q[0];
ry(pi*-0.002438016459) q[1];
ry(pi*-5.274418e-06) q[2];
ry(pi*0.044035581387) q[3];
ry(pi*-1.951998e-06) q[4];
ry(pi*-6.77484e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000940380163) q[0];
ry(pi*-0.153441404474) q[1];
ry(pi*-0.002774963861) q[2];
ry(pi*0.000782759689) q[3];
ry(pi*-0.024917409953) q[4];
ry(pi*-0.00010447073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.4994803883) q[0];
ry(pi*-0.50001310511) q[1];
ry(pi*-0.500390700734) q[2];
ry(pi*0.500186819588) q[3];
ry(pi*0.501072277722) q[4];
ry(pi*0.225363249002) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092004981768) q[0];
ry(pi*-0.001437690046) q[1];
ry(pi*-0.000758813784) q[2];
ry(pi*0.000578056674) q[3];
ry(pi*-0.000478483989) q[4];
ry(pi*0.004130449586) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

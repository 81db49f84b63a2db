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
ry(pi*-0.00103646127) q[0];
ry(pi*-0.008213987867) q[1];
ry(pi*-0.047531912535) q[2];
ry(pi*-0.007417205984) q[3];
ry(pi*-0.499363022883) q[4];
ry(pi*-0.500744466588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024094289153) q[0];
ry(pi*0.003409766207) q[1];
ry(pi*0.000338019992) q[2];
ry(pi*0.497932629488) q[3];
ry(pi*0.502605769028) q[4];
ry(pi*0.4512546993) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036784721341) q[0];
ry(pi*-0.000215505568) q[1];
ry(pi*-0.005760982345) q[2];
ry(pi*0.000618427013) q[3];
ry(pi*0.001089786253) q[4];
ry(pi*-0.014548097789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500616552323) q[0];
ry(pi*0.482980131139) q[1];
ry(pi*-0.419767261608) q[2];
ry(pi*-0.478812577381) q[3];
ry(pi*0.032009223828) q[4];
ry(pi*0.013612206534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020483277232) q[0];
ry(pi*-0.546950658377) q[1];
ry(pi*0.000777054228) q[2];
ry(pi*-0.000112026284) q[3];
ry(pi*-0.502324213452) q[4];
ry(pi*-0.002454269581) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

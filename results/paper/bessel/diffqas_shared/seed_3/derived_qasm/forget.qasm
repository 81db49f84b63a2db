// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.21093675111) q[0];
ry(pi*0.053803453892) q[1];
ry(pi*-0.276128478226) q[2];
ry(pi*0.251128373181) q[3];
ry(pi*-0.124365431473) q[4];
ry(pi*-0.058375179352) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.204928651098) q[0];
ry(pi*-0.091544892636) q[1];
ry(pi*-0.212932513413) q[2];
ry(pi*0.116545348678) q[3];
ry(pi*0.054485604806) q[4];
ry(pi*0.053579437917) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.201814426346) q[0];
ry(pi*0.021094100101) q[1];
ry(pi*0.102538139024) q[2];
ry(pi*-0.041178992319) q[3];
ry(pi*0.269167661688) q[4];
ry(pi*-0.171601312225) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.096045740654) q[0];
ry(pi*-0.178850002264) q[1];
ry(pi*0.227324651659) q[2];
ry(pi*0.170665348636) q[3];
ry(pi*-0.028720478256) q[4];
ry(pi*0.268671714064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.486509669339) q[0];
ry(pi*0.292844095046) q[1];
ry(pi*0.134370709969) q[2];
ry(pi*0.208970548348) q[3];
ry(pi*0.197068127892) q[4];
ry(pi*0.003190478004) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.59191087188) q[0];
ry(pi*-0.107541318995) q[1];
ry(pi*0.501939635856) q[2];
ry(pi*-0.496972798183) q[3];
ry(pi*0.499861095455) q[4];
ry(pi*0.510872878217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.350791230237) q[0];
ry(pi*0.268316620118) q[1];
ry(pi*-0.030755986094) q[2];
ry(pi*0.000524476264) q[3];
ry(pi*-0.02073850812) q[4];
ry(pi*-0.002304785081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.693604116504) q[0];
ry(pi*0.050035504146) q[1];
ry(pi*-0.576523631991) q[2];
ry(pi*0.006845092263) q[3];
ry(pi*-0.0086311476) q[4];
ry(pi*-0.003269574203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.394256960404) q[0];
ry(pi*0.060836698894) q[1];
ry(pi*0.092483977243) q[2];
ry(pi*-0.454461890516) q[3];
ry(pi*-0.935465516692) q[4];
ry(pi*0.00142649568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.064695736803) q[0];
ry(pi*-0.00434529372) q[1];
ry(pi*0.014849765663) q[2];
ry(pi*0.065605233409) q[3];
ry(pi*-0.456908388386) q[4];
ry(pi*-0.006847502395) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

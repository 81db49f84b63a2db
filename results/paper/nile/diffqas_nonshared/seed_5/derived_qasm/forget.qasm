// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.000171507173) q[0];
rz(pi*0.004218119689) q[1];
rz(pi*0.001110968362) q[2];
rz(pi*0.002033834382) q[3];
rz(pi*-0.000479620982) q[4];
rz(pi*-0.004112002739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0022627016) q[0];
rz(pi*0.002072972789) q[1];
rz(pi*0.000328567117) q[2];
rz(pi*-0.002877033982) q[3];
rz(pi*-0.005149868363) q[4];
rz(pi*0.000352306545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001080770863) q[0];
rz(pi*-0.00111575698) q[1];
rz(pi*-0.001048666824) q[2];
rz(pi*0.000903714439) q[3];
rz(pi*0.00093727219) q[4];
rz(pi*0.003062543877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002955256249) q[0];
rz(pi*0.004240215232) q[1];
rz(pi*0.002566732026) q[2];
rz(pi*-0.001068280421) q[3];
rz(pi*-0.000172746886) q[4];
rz(pi*0.00157315754) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000987694268) q[0];
rz(pi*0.001748926114) q[1];
rz(pi*0.003672050215) q[2];
rz(pi*-0.002550450444) q[3];
rz(pi*-0.005635307457) q[4];
rz(pi*0.003799519806) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

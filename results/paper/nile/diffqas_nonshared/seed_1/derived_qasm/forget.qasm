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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.022160444412) q[0];
rx(pi*0.003293711096) q[1];
rx(pi*-0.002199518644) q[2];
rx(pi*0.000105701559) q[3];
rx(pi*-0.000184207204) q[4];
rx(pi*0.003786549858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.208437926402) q[0];
rx(pi*-0.003698787263) q[1];
rx(pi*0.001365741385) q[2];
rx(pi*0.001876817701) q[3];
rx(pi*0.006446957454) q[4];
rx(pi*-0.005346110608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.029801663999) q[0];
rx(pi*0.003930934839) q[1];
rx(pi*-0.004971778888) q[2];
rx(pi*-0.003626717502) q[3];
rx(pi*0.00134046094) q[4];
rx(pi*0.00324192587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.200223181997) q[0];
rx(pi*0.001691591953) q[1];
rx(pi*0.00034862435) q[2];
rx(pi*0.004283942376) q[3];
rx(pi*-0.000317766955) q[4];
rx(pi*0.003151893957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.031274916831) q[0];
rx(pi*-0.000722749852) q[1];
rx(pi*-0.000167076388) q[2];
rx(pi*0.003894366647) q[3];
rx(pi*0.001539767283) q[4];
rx(pi*-0.002392805142) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.048195939731) q[0];
rx(pi*-0.069220580603) q[1];
rx(pi*0.001915285984) q[2];
rx(pi*-0.076500993075) q[3];
rx(pi*-0.004697132061) q[4];
rx(pi*-0.000686092354) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182151089608) q[0];
rx(pi*-0.12935007507) q[1];
rx(pi*-0.135702701208) q[2];
rx(pi*-0.065399758551) q[3];
rx(pi*-0.002554534921) q[4];
rx(pi*-0.001122413302) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.083239012637) q[0];
rx(pi*-0.170811476739) q[1];
rx(pi*-0.002712566051) q[2];
rx(pi*-0.07574847224) q[3];
rx(pi*-0.001722066039) q[4];
rx(pi*-0.000759297293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.314928582062) q[0];
rx(pi*-0.075172255663) q[1];
rx(pi*-0.131595898187) q[2];
rx(pi*-0.070862643456) q[3];
rx(pi*-0.001538049656) q[4];
rx(pi*-0.001608196647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038877417783) q[0];
rx(pi*-0.054522649096) q[1];
rx(pi*0.006744103885) q[2];
rx(pi*-0.075552071099) q[3];
rx(pi*-0.004031545542) q[4];
rx(pi*0.003190443912) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
